-- Issue 10: a revision may be a change (as before), a new listing, or a request to withdraw a listing; a withdrawal
-- carries the partner's note. Weekly sessions and dated changes travel in listing_revision_change like any field.
alter table listing_revision add column kind varchar(20) default 'CHANGE' not null;
alter table listing_revision add column partner_note varchar(500);
