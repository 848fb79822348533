-- Raised on every password change or reset: sessions made with an older version end, so a reset
-- also throws out whoever knew the old password.
alter table account add column credentials_version integer not null default 0;
