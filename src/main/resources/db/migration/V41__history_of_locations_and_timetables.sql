-- Listing history, part 2 (Hibernate Envers): locations, weekly sessions, dated changes, access methods and delivery
-- modes.
--
-- Sessions and dated changes are element collections with nullable columns, which Envers would put into an audit
-- table's primary key; access methods and delivery modes are element collections too. Instead the listing keeps each
-- of them as one derived text column (one item a line, written by the listing before every insert and update), and
-- Envers audits those columns in listing_aud. Null means "not recorded yet": a listing made before this migration
-- records them at its next change, and the history shows no difference against a null.
alter table listing add column sessions_text varchar(4000);
alter table listing add column exceptions_text varchar(4000);
alter table listing add column access_text varchar(300);
alter table listing add column delivery_text varchar(300);
alter table listing_aud add column sessions_text varchar(4000);
alter table listing_aud add column exceptions_text varchar(4000);
alter table listing_aud add column access_text varchar(300);
alter table listing_aud add column delivery_text varchar(300);

-- Locations are entities: audited in their own table. Coordinates and where they came from are not audited (the
-- gazetteer moves looked-up points; a sensitive venue's exact point stays out of the history).
create table location_aud (
    id bigint not null,
    rev bigint not null references history_revision (id),
    revtype smallint,
    listing_id bigint,
    uuid uuid,
    name varchar(160),
    address varchar(300),
    postcode varchar(10),
    place_id bigint,
    how_to_find varchar(500),
    transport varchar(500),
    accessibility varchar(500),
    sensitive boolean,
    location_type varchar(12),
    primary key (id, rev)
);

create index location_aud_rev on location_aud (rev);
create index location_aud_listing on location_aud (listing_id);

-- A baseline change set holding every existing location as it is now, so that the first change to one is compared
-- with its state before. The history never lists a baseline change set itself.
alter table history_revision add column baseline boolean default false not null;

insert into history_revision (changed_at, baseline) values (0, true);

insert into location_aud (id, rev, revtype, listing_id, uuid, name, address, postcode, place_id, how_to_find,
                          transport, accessibility, sensitive, location_type)
select l.id, (select max(h.id) from history_revision h where h.baseline), 0, l.listing_id, l.uuid, l.name, l.address,
       l.postcode, l.place_id, l.how_to_find, l.transport, l.accessibility, l.sensitive, l.location_type
from location l;
