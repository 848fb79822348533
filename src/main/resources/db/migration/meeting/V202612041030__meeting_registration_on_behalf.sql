-- Registrations staff enter for a resident (on paper, by phone, in person): the channel, who entered it, a
-- phone number instead of an e-mail address where the resident has none, and the resident's voter key (panel
-- member or letter code) so they hold one place. The request key makes a double submit register once.
alter table meeting_registration add column channel text not null default 'ONLINE'
    check (channel in ('ONLINE', 'PAPER', 'PHONE', 'IN_PERSON'));
alter table meeting_registration add column entered_by bigint;
alter table meeting_registration add column phone text not null default '';
alter table meeting_registration add column voter_key text;
alter table meeting_registration add column request_key uuid;
alter table meeting_registration add unique (organisation_id, request_key);
create unique index meeting_registration_live_voter on meeting_registration (organisation_id, meeting_id, voter_key)
    where voter_key is not null and status <> 'CANCELLED';

drop index meeting_registration_live_email;
create unique index meeting_registration_live_email on meeting_registration (organisation_id, meeting_id, lower(email))
    where account_id is null and email <> '' and status <> 'CANCELLED';
