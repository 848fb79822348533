-- Votes staff enter from a resident's paper sheet or phone call: a resident without an account is one participant
-- by their voter key (panel member or letter code); each vote keeps its channel and who entered it.
alter table opinion_participant add column voter_key text;
alter table opinion_participant add unique (organisation_id, component_id, voter_key);
alter table opinion_vote add column channel text not null default 'ONLINE'
    check (channel in ('ONLINE', 'PAPER', 'PHONE', 'IN_PERSON'));
alter table opinion_vote add column entered_by bigint;
