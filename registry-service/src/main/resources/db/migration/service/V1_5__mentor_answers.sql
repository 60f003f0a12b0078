-- A potential mentor's questionnaire: scale answers count in clear; own words are emptied with the person.
CREATE TABLE mentor_answer_view (
    participant_id  VARCHAR(64)   NOT NULL REFERENCES participant_view (id),
    questionnaire   VARCHAR(40)   NOT NULL,
    question_code   VARCHAR(40)   NOT NULL,
    answer_text     VARCHAR(2000),
    score           INTEGER,
    PRIMARY KEY (participant_id, question_code)
);
