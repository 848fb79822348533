-- What went wrong in words staff understand (CONNECTION, LOGIN, RECIPIENT, OTHER); last_error keeps the detail.
alter table mail_outbox add column last_problem text;
update mail_outbox set last_problem = 'OTHER' where last_error is not null;
