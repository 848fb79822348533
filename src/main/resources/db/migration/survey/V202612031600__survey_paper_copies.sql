-- Printed copies of a survey, each with its own code. Staff type the code before entering a copy's answers, so a
-- copy counts once: a second entry of the same code continues the first instead of adding a response.
create table survey_paper_copy (
    organisation_id bigint not null,
    survey_id       bigint not null,
    code            text not null,
    response_id     bigint,
    printed_by      text not null,
    printed_at      timestamptz not null default now(),
    primary key (organisation_id, code),
    foreign key (organisation_id, survey_id) references survey (organisation_id, id) on delete cascade,
    foreign key (organisation_id, response_id) references survey_response (organisation_id, id)
        on delete set null (response_id)
);
create index survey_paper_copy_survey on survey_paper_copy (organisation_id, survey_id);
