-- An email that carries a sign-in link (an invitation or a password reset) is shown on the outbox screen to admins
-- only: whoever copies the link can set that account's password.
alter table outbox_message add column carries_sign_in_link boolean default false not null;
