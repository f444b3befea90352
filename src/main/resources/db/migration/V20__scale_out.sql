-- Issue 16: several app nodes. Written once for H2 and PostgreSQL (README "Scaling out": which SQL is allowed).

-- Hibernate Search's outbox-polling coordination (the scale profile): each node writes the index changes of a
-- transaction here, in that transaction; agents on every node share out the events and apply each one once.
-- Unused by the embedded default. Names and types as Hibernate Search 7.2 maps them (checked by ddl-auto=validate).
create table hsearch_outbox_event (
    id uuid not null primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null,
    tenant_id varchar(255)
);
create index hsearch_outbox_event_process on hsearch_outbox_event (process_after, status);

create table hsearch_agent (
    id uuid not null primary key,
    type varchar(255) not null,
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null,
    total_shard_count integer,
    assigned_shard_index integer,
    payload bytea,
    tenant_id varchar(255)
);

-- ShedLock: a scheduled job runs on one node at a time (operations/SchedulingConfig). Times are UTC from the
-- database's clock, so nodes with drifting clocks still agree.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null
);
