-- Issue 10: an Open Referral feed import proposes revisions instead of applying records at once; moderation shows
-- which feed a revision came from (null for a partner's own change).
alter table listing_revision add column imported_from varchar(500);
