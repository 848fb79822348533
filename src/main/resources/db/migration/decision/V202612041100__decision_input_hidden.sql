-- A linked input that moderation hid later: its copied title is not shown until it is shown again.
alter table decision_input add column hidden boolean not null default false;
