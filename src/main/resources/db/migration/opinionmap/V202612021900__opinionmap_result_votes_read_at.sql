-- When the votes behind the stored map were read (database clock). A node that read its votes earlier
-- never replaces a map made from a later read, so a slow node cannot store an older map over a newer one.
alter table opinion_map_result add column votes_read_at timestamptz not null default '-infinity';
