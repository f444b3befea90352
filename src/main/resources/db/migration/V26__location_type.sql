-- What a location is for a visitor (LocationType): a venue people can go to, a team base that is not open to the
-- public, a postal address, or online only. Existing rows were all shown as venues.
alter table location add column location_type varchar(12) default 'VENUE' not null;

-- The seeded NHS trust locations are where teams work, not places to walk into (content/directory/
-- coventry-and-warwickshire-partnership-nhs-trust.yaml now says so). Installs loaded before this release get the
-- same correction; a fresh install loads the typed content after this migration, so this changes nothing there.
update location set location_type = 'TEAM_BASE'
where listing_id in (select id from listing where organisation_id in
    (select id from organisation where slug = 'coventry-and-warwickshire-partnership-nhs-trust'))
  and address is null;
