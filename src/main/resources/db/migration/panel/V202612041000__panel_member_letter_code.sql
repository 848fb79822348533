-- The personal letter code a member joined with (its hash), so staff who enter input for a resident with that
-- letter in hand reach the same member, and one person stays one vote online and on paper.
alter table panel_member add column letter_code_hash text;
create unique index panel_member_letter_code on panel_member (organisation_id, letter_code_hash)
    where letter_code_hash is not null;
