-- Listing history, part 3: the date the organisation last confirmed a listing ("Still accurate?"), so the history
-- says who confirmed it and when.
--
-- Until now no snapshot recorded it. Every existing snapshot of a listing takes the listing's date as it is now, so
-- no earlier change set shows a confirmation that did not happen then, and the next confirmation is compared with
-- the date it replaces.
alter table listing_aud add column last_checked date;

update listing_aud a set last_checked = (select l.last_checked from listing l where l.id = a.id);
