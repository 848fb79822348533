-- A code printed for everyone (a village paper, a poster in the library) works for every resident who types
-- it; a code from a letter to one sampled address still works once. Uses are counted for both.
alter table panel_code add column for_everyone boolean not null default false;
alter table panel_code add column uses integer not null default 0;
update panel_code set uses = 1 where used_at is not null;
