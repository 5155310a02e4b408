-- The installation act as PDF, stored with the act. bytea is PostgreSQL's binary type and an H2 alias of varbinary.
alter table act add column pdf bytea;
