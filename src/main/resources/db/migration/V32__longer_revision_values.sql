-- A listing's locations travel as one revision value (one line per location, with accessibility and "how to find us"
-- text of up to 500 characters each), which does not fit in 4000 characters.
alter table listing_revision_change alter column previous_value set data type varchar(16000);
alter table listing_revision_change alter column new_value set data type varchar(16000);
