-- Azərişıq's first e-service: technical service of electrical networks and equipment on the consumer's balance.
insert into e_service (code, utility, process_key, start_form_id, number_prefix, name_az, name_en, active) values
    ('NETWORK_TECHNICAL_SERVICE', 'AZERISHIQ', 'NetworkTechnicalService', 'Form_NetworkTechnicalServiceApplication', 'AE',
     'İstehlakçının balansında olan elektrik şəbəkələrinə və avadanlıqlarına texniki xidmətin göstərilməsi',
     'Technical service of electrical networks and equipment on the consumer''s balance', true);

insert into status_reason (code, label_az, label_en) values
    ('NOT_ON_CONSUMER_BALANCE', 'Avadanlıq istehlakçının balansında deyil',     'The equipment is not on the consumer''s balance'),
    ('NO_ACCESS',               'Avadanlığa giriş təmin edilmədi',               'No access to the equipment was given');

-- A non-population subscriber's main code (baş kod, a subscriber code) has metering points (uçot nöqtəsi); an
-- application names one of them.
create table metering_point (
    code            varchar(16) primary key,
    subscriber_code varchar(16) not null references subscriber (code)
);
create index ix_metering_point_subscriber on metering_point (subscriber_code);

-- A work act (Görülmüş işlər aktı) records the work done instead of a meter: the meter columns become optional.
alter table act alter column meter_serial drop not null;
alter table act alter column initial_reading drop not null;
alter table act alter column seal_number drop not null;
alter table act add column work_performed varchar(1000);
