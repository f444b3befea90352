-- The outbox becomes the queue every email goes through: a scheduled sender takes due messages, retries with
-- back-off, and gives up (FAILED, shown to staff) after a few tries. reason now holds the last failure's kind.
alter table outbox_message add column status varchar(20) default 'PENDING' not null;
alter table outbox_message add column attempts integer default 0 not null;
alter table outbox_message add column next_attempt_at timestamp with time zone;
update outbox_message set next_attempt_at = created_at;
update outbox_message set status = 'FAILED', attempts = 1 where reason = 'SEND_FAILED';
alter table outbox_message alter column next_attempt_at set not null;
create index outbox_message_due on outbox_message (status, next_attempt_at);

-- What the search index was last built from, so a start after a mapping change rebuilds it (SearchIndexService).
create table search_index_state (
    name varchar(40) primary key,
    fingerprint varchar(64) not null,
    rebuilt_at timestamp with time zone not null
);

-- What the content loader last wrote for each crisis line, category and place (a hash of the fields it sets), so a
-- later start can bring content/ changes into rows nobody else has changed since (ContentImporter.refresh).
create table content_record (
    kind varchar(20) not null,
    slug varchar(80) not null,
    content_hash varchar(64) not null,
    primary key (kind, slug)
);
