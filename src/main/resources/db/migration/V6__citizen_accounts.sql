-- Citizens of the portal: identity from the person registry (FIN, names, the mobile registered for login), and the
-- contact details they gave at first login, each verified (mobile by SMS code, e-mail by link).
create table citizen (
    fin                         varchar(7)   primary key,
    first_name                  varchar(100) not null,
    last_name                   varchar(100) not null,
    patronymic                  varchar(100),
    login_mobile                varchar(16),
    contact_mobile              varchar(16),
    contact_mobile_verified_at  timestamp with time zone,
    email                       varchar(254),
    email_verified_at           timestamp with time zone,
    created_at                  timestamp with time zone not null,
    version                     bigint       not null
);

-- Subscriber codes a citizen linked to their profile; only codes the registry says are theirs.
create table citizen_subscriber (
    fin             varchar(7)  not null references citizen (fin),
    subscriber_code varchar(16) not null references subscriber (code),
    linked_at       timestamp with time zone not null,
    primary key (fin, subscriber_code)
);
