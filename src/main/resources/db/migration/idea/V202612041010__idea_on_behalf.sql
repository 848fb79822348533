-- Ideas and supports staff enter for a resident (on paper, by phone, in person), with the channel and who
-- entered them. A support is one per person: its voter key is the account, panel member or letter code, so a
-- resident who supports online and on paper counts once.
alter table idea add column channel text not null default 'ONLINE'
    check (channel in ('ONLINE', 'PAPER', 'PHONE', 'IN_PERSON'));
alter table idea add column entered_by bigint;

alter table idea_support add column voter_key text;
update idea_support set voter_key = 'account:' || account_id;
alter table idea_support alter column voter_key set not null;
alter table idea_support drop constraint idea_support_pkey;
alter table idea_support add primary key (organisation_id, idea_id, voter_key);
alter table idea_support alter column account_id drop not null;
alter table idea_support add column channel text not null default 'ONLINE'
    check (channel in ('ONLINE', 'PAPER', 'PHONE', 'IN_PERSON'));
alter table idea_support add column entered_by bigint;
create index idea_support_idea on idea_support (organisation_id, idea_id, account_id);
