-- One-time codes sent by SMS: to log in (LOGIN) and to verify a contact mobile (MOBILE). The code itself is never
-- stored, only its HMAC under a secret kept outside the database; a challenge for an unknown FIN has no hash and can
-- never succeed. Rows older than a day are deleted.
create table one_time_code (
    id              varchar(36)  primary key,
    purpose         varchar(16)  not null,
    fin             varchar(7)   not null,
    target          varchar(16),
    code_hash       varchar(64),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    failed_attempts integer      not null,
    last_failed_at  timestamp with time zone,
    used_at         timestamp with time zone,
    replaced_at     timestamp with time zone
);
create index one_time_code_by_fin on one_time_code (fin, purpose, created_at);

-- Links sent to confirm an e-mail address; the token is only in the e-mail, here its SHA-256.
create table email_verification (
    token_hash   varchar(64)  primary key,
    fin          varchar(7)   not null references citizen (fin),
    email        varchar(254) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    replaced_at  timestamp with time zone
);
create index email_verification_by_fin on email_verification (fin, created_at);
