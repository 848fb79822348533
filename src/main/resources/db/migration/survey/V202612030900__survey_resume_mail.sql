-- A respondent may have the link to continue mailed to them; a few times per response, so the form
-- cannot be used to send mail to anyone, and a double submit (same key) sends one mail.
alter table survey_response add column resume_mails integer not null default 0;
alter table survey_response add column resume_mail_key uuid;
