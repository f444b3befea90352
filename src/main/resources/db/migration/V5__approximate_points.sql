-- Issue 5: every seeded location gets a point, at the precision its data allows.
-- A place (town) may name the postcode district of its centre; a location known only by its town is placed there.
alter table place add column postcode_district varchar(4);

-- Where a location's point came from: GIVEN by hand, its POSTCODE's own point, its postcode's DISTRICT centroid,
-- or the centre of its PLACE. Only GIVEN and POSTCODE points are exact enough to publish or give directions to.
alter table location add column point_source varchar(10);
update location set point_source = case
    when latitude is null or longitude is null then null
    when geocoded then 'DISTRICT'
    else 'GIVEN' end;
alter table location drop column geocoded;

-- A large-user postcode (usertype 1 in the ONS Postcode Directory: PO boxes, big firms) often sits on its delivery
-- office's point, miles from the district it belongs to. It still resolves to its own point, but a district's
-- centroid is the mean of its small-user postcodes.
alter table postcode_point add column large_user boolean not null default false;
