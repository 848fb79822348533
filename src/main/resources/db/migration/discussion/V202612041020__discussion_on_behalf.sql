-- Contributions staff enter for a resident (on paper, by phone, in person): the channel and who entered it.
alter table discussion_contribution add column channel text not null default 'ONLINE'
    check (channel in ('ONLINE', 'PAPER', 'PHONE', 'IN_PERSON'));
alter table discussion_contribution add column entered_by bigint;
