-- A case's messages: the outbox looks up what it already wrote for a status (once per status step), and a case's
-- notifications are listed by it; without this index both read the whole table.
create index ix_notification_case on notification (application_id, case_status);
