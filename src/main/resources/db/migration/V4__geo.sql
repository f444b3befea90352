-- Issue 5: the postcode gazetteer, and where a location's coordinates came from.
create table postcode_district (
    outward_code varchar(4) primary key,
    latitude double precision not null,
    longitude double precision not null,
    source varchar(10) not null
);

create table postcode_point (
    postcode varchar(8) primary key,
    outward_code varchar(4) not null,
    latitude double precision not null,
    longitude double precision not null
);
create index postcode_point_outward on postcode_point (outward_code);

-- True when the coordinates were looked up from the postcode (and may be refreshed), false when given by hand.
alter table location add column geocoded boolean not null default false;
