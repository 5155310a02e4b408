-- Azərsu: registration of a new consumer of the population group ("Yeni abonent": Əhali qrupuna aid olan yeni
-- istehlakçının qeydiyyata alınması). The applicant has no subscriber code yet, attaches documents, and is given one.

-- A service may be applied for without a subscriber code: the place (district, street, building, flat) then comes from
-- its start form, and the case has no code until one is issued.
alter table e_service add column if not exists subscriber_code_required boolean default true not null;
alter table application alter column subscriber_code drop not null;

insert into e_service (code, utility, process_key, start_form_id, number_prefix, name_az, name_en, active,
                       subscriber_code_required) values
    ('NEW_SUBSCRIBER_REGISTRATION', 'AZERSU', 'NewSubscriberRegistration', 'Form_NewSubscriberRegistrationApplication',
     'AY', 'Əhali qrupuna aid olan yeni istehlakçının qeydiyyata alınması (Yeni abonent)',
     'Registration of a new consumer of the population group (new subscriber)', true, false);

-- Which documents a service takes (its document "slots"): what the citizen attaches, whether it is required, which
-- types (decided by the file's content, not its name), and how many files at most. Data, not Java: a new slot is a row.
create table e_service_document (
    service_code  varchar(64)  not null references e_service (code),
    code          varchar(64)  not null,
    position      integer      not null,
    label_az      varchar(300) not null,
    label_en      varchar(300) not null,
    required      boolean      not null,
    content_types varchar(200) not null,
    max_count     integer      not null,
    primary key (service_code, code),
    constraint ck_e_service_document_code check (code = upper(code)),
    constraint ck_e_service_document_max_count check (max_count between 1 and 10)
);

-- The documents attached to a case, stored with it; the type is the one found in the content. bytea is PostgreSQL's
-- binary type and an H2 alias of varbinary (as act.pdf).
create table case_document (
    id              varchar(36)  primary key,
    application_id  varchar(36)  not null references application (id),
    slot_code       varchar(64)  not null,
    position        integer      not null,
    file_name       varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    content         bytea        not null,
    uploaded_at     timestamp with time zone not null,
    constraint ck_case_document_size check (size_bytes > 0)
);
create index ix_case_document_application on case_document (application_id, position);

-- The documents of a new subscriber's application (the e-Su guide names the service but not its documents; these are
-- ours, see README): the identity card, the proof of ownership of the property, and anything else the case needs.
insert into e_service_document (service_code, code, position, label_az, label_en, required, content_types, max_count) values
    ('NEW_SUBSCRIBER_REGISTRATION', 'ID_CARD', 1,
     'Şəxsiyyət vəsiqəsinin surəti (ön və arxa tərəfi)', 'Copy of the identity card (front and back)',
     true, 'application/pdf,image/jpeg', 2),
    ('NEW_SUBSCRIBER_REGISTRATION', 'PROPERTY_DOCUMENT', 2,
     'Daşınmaz əmlaka mülkiyyət hüququnu təsdiq edən sənəd (reyestrdən çıxarış)',
     'Document proving ownership of the property (extract from the real estate registry)',
     true, 'application/pdf,image/jpeg', 3),
    ('NEW_SUBSCRIBER_REGISTRATION', 'OTHER', 3,
     'Digər sənəd (məsələn, etibarnamə)', 'Other document (e.g. power of attorney)',
     false, 'application/pdf,image/jpeg', 3);

insert into case_status (code, label_az, label_en, final_status, notify_citizen) values
    ('SUBSCRIBER_REGISTERED', 'Abonent qeydiyyata alındı', 'Subscriber registered', false, true);

insert into status_reason (code, label_az, label_en) values
    ('DOCUMENTS_INCOMPLETE',          'Təqdim edilmiş sənədlər natamam və ya uyğunsuzdur',
                                      'The documents given are incomplete or do not match'),
    ('NOT_CONNECTED_TO_NETWORK',      'Obyekt su təchizatı şəbəkəsinə qoşulmayıb',
                                      'The property is not connected to the water supply network'),
    ('SUBSCRIBER_ALREADY_REGISTERED', 'Bu ünvanda artıq abonent qeydiyyatdadır',
                                      'A subscriber is already registered at this address');

-- The registry records the subscriber group (Əhali / Qeyri-əhali) of the subscribers it registers from now on.
alter table subscriber add column subscriber_group varchar(16);
alter table subscriber add constraint ck_subscriber_group check (subscriber_group in ('POPULATION', 'NON_POPULATION'));

-- New subscriber codes, one series per utility: the next code is last_value + 1 (codes already taken are skipped).
create table subscriber_code_series (
    utility     varchar(16) primary key,
    last_value  bigint      not null
);
insert into subscriber_code_series (utility, last_value) values ('AZERSU', 10500000);
