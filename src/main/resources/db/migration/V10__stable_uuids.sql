-- Issue 15: every record the Open Referral feed publishes gets a UUID that never changes once published.
-- Plain SQL that H2 and PostgreSQL both run. The columns are filled by V11 (a Java migration): the ids are
-- name-based UUIDs (version 5, SHA-1) of each record's slug, the same ids a fresh load of content/ gives, and no
-- SQL function common to H2 and PostgreSQL computes SHA-1. V11 then makes the columns NOT NULL and UNIQUE.
-- A record without a table of its own (schedule, service area, address, phone, attribute, service at location) has
-- its id derived from its owner's UUID and a fixed suffix when it is published (see directory/domain/StableId).
alter table listing add column uuid uuid;
alter table organisation add column uuid uuid;
alter table location add column uuid uuid;
alter table category add column uuid uuid;
