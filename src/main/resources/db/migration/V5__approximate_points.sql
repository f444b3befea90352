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
