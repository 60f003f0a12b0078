-- Questionnaires (анкетирование): versioned templates, campaigns of a school, answers bound to the template version
-- they were given under. Respondents are pseudonymous participant ids from the registry; monitoring holds no name.

-- A template version is append-only: a change is a new version, so answers given under the old one keep meaning
-- what they meant. purpose: the process-quality questionnaire (→ satisfaction and SWOT) or the growth questionnaire
-- at entry or at exit. audience: who answers; PARTICIPANT = a mentor or a mentee (growth). form: the form of
-- mentoring a mentee's process questionnaire is written for (MentoringForm codes), NULL when any.
CREATE TABLE questionnaire_template (
    id               VARCHAR(80)  NOT NULL PRIMARY KEY,
    code             VARCHAR(64)  NOT NULL,
    version          INTEGER      NOT NULL CHECK (version > 0),
    purpose          VARCHAR(20)  NOT NULL CHECK (purpose IN ('PROCESS_QUALITY', 'GROWTH_ENTRY', 'GROWTH_EXIT')),
    audience         VARCHAR(12)  NOT NULL CHECK (audience IN ('MENTOR', 'MENTEE', 'CURATOR', 'PARTICIPANT')),
    form             VARCHAR(40),
    title            VARCHAR(300) NOT NULL,
    description      TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (code, version)
);

-- mapping_key: the same key on questions of different versions (or of the entry and the exit questionnaire) says
-- they ask the same thing; answers are compared across versions only through it. NULL: never compared.
-- satisfaction: the answer is a satisfaction score that feeds MENTOR_SATISFACTION / MENTEE_SATISFACTION.
CREATE TABLE questionnaire_question (
    template_id      VARCHAR(80)  NOT NULL REFERENCES questionnaire_template (id),
    code             VARCHAR(64)  NOT NULL,
    position         INTEGER      NOT NULL CHECK (position > 0),
    kind             VARCHAR(10)  NOT NULL CHECK (kind IN ('SCALE_5', 'SCALE_10', 'YES_NO', 'CHOICE', 'TEXT')),
    text             VARCHAR(500) NOT NULL,
    options          JSONB,
    mapping_key      VARCHAR(80),
    growth_area      VARCHAR(12)  CHECK (growth_area IN ('MOTIVATION', 'COMPETENCE', 'PROFESSION')),
    satisfaction     BOOLEAN      NOT NULL DEFAULT FALSE,
    required         BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (template_id, code),
    UNIQUE (template_id, position),
    CHECK ((kind = 'CHOICE') = (options IS NOT NULL)),
    CHECK (NOT satisfaction OR kind IN ('SCALE_5', 'SCALE_10')),
    CHECK (kind <> 'TEXT' OR mapping_key IS NULL)
);

CREATE FUNCTION questionnaire_template_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'questionnaire templates are append-only: add a new version instead';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER questionnaire_template_append_only BEFORE UPDATE OR DELETE ON questionnaire_template
    FOR EACH ROW EXECUTE FUNCTION questionnaire_template_is_append_only();
CREATE TRIGGER questionnaire_question_append_only BEFORE UPDATE OR DELETE ON questionnaire_question
    FOR EACH ROW EXECUTE FUNCTION questionnaire_template_is_append_only();

-- A school's campaign: one template version, one target group, dates from–to (inclusive).
CREATE TABLE questionnaire_campaign (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64)  NOT NULL,
    template_id      VARCHAR(80)  NOT NULL REFERENCES questionnaire_template (id),
    target_group     VARCHAR(10)  NOT NULL CHECK (target_group IN ('MENTORS', 'MENTEES', 'CURATOR')),
    form             VARCHAR(40),
    title            VARCHAR(200) NOT NULL,
    opens_on         DATE         NOT NULL,
    closes_on        DATE         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX ix_questionnaire_campaign_school ON questionnaire_campaign (school_id, opens_on);

-- Who is invited, fixed when the campaign is created. respondent_key: the participant's pseudonymous id, or
-- 'CURATOR' for the school's curator questionnaire (answered once for the school). form: the form of the
-- respondent's pair, for growth by form.
CREATE TABLE questionnaire_invitation (
    campaign_id      VARCHAR(64)  NOT NULL REFERENCES questionnaire_campaign (id),
    respondent_key   VARCHAR(64)  NOT NULL,
    respondent_role  VARCHAR(10)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE', 'CURATOR')),
    form             VARCHAR(40),
    PRIMARY KEY (campaign_id, respondent_key)
);
CREATE INDEX ix_questionnaire_invitation_respondent ON questionnaire_invitation (respondent_key);

-- One answer sheet per invitation: the unique key makes a second answer (or two at once) impossible.
CREATE TABLE questionnaire_response (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    campaign_id      VARCHAR(64)  NOT NULL,
    respondent_key   VARCHAR(64)  NOT NULL,
    template_id      VARCHAR(80)  NOT NULL REFERENCES questionnaire_template (id),
    school_id        VARCHAR(64)  NOT NULL,
    respondent_role  VARCHAR(10)  NOT NULL,
    form             VARCHAR(40),
    channel          VARCHAR(10)  NOT NULL CHECK (channel IN ('ACCOUNT', 'LINK')),
    answered_on      DATE         NOT NULL,
    UNIQUE (campaign_id, respondent_key),
    FOREIGN KEY (campaign_id, respondent_key) REFERENCES questionnaire_invitation (campaign_id, respondent_key)
);
CREATE INDEX ix_questionnaire_response_school ON questionnaire_response (school_id, answered_on);
CREATE INDEX ix_questionnaire_response_respondent ON questionnaire_response (respondent_key);

-- Closed and rated answers, bound to the question of the very template version answered.
CREATE TABLE questionnaire_answer (
    response_id      VARCHAR(64)  NOT NULL REFERENCES questionnaire_response (id),
    template_id      VARCHAR(80)  NOT NULL,
    question_code    VARCHAR(64)  NOT NULL,
    score            INTEGER,
    choice           VARCHAR(64),
    PRIMARY KEY (response_id, question_code),
    FOREIGN KEY (template_id, question_code) REFERENCES questionnaire_question (template_id, code),
    CHECK ((score IS NULL) <> (choice IS NULL))
);

-- Free-text answers are personal data. They are kept apart from the answer sheet, with no respondent, no response
-- and no time, so monitoring holds no free text tied to a person; the school reads them per campaign and question,
-- the department and the region never. Never logged.
CREATE TABLE questionnaire_comment (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    campaign_id      VARCHAR(64)  NOT NULL REFERENCES questionnaire_campaign (id),
    template_id      VARCHAR(80)  NOT NULL,
    question_code    VARCHAR(64)  NOT NULL,
    text             VARCHAR(2000) NOT NULL,
    FOREIGN KEY (template_id, question_code) REFERENCES questionnaire_question (template_id, code)
);
CREATE INDEX ix_questionnaire_comment_campaign ON questionnaire_comment (campaign_id);

-- A pupil's one-time link: the token is HMAC-signed; this row makes it single use and carries its expiry.
CREATE TABLE questionnaire_link (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    campaign_id      VARCHAR(64)  NOT NULL,
    respondent_key   VARCHAR(64)  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    used_at          TIMESTAMPTZ,
    FOREIGN KEY (campaign_id, respondent_key) REFERENCES questionnaire_invitation (campaign_id, respondent_key)
);

-- The SWOT rules are data: which answers make a strength, a weakness, an opportunity or a threat, at what
-- threshold. mapping_key NULL: the rule applies to every rated (scale) question that has a mapping key.
-- measure SCALE_SHARE: the average score ÷ the scale's maximum × 100; YES_SHARE: the share of «да» answers × 100.
CREATE TABLE questionnaire_swot_rule (
    code             VARCHAR(64)  NOT NULL PRIMARY KEY,
    quadrant         VARCHAR(12)  NOT NULL CHECK (quadrant IN ('STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT')),
    mapping_key      VARCHAR(80),
    measure          VARCHAR(12)  NOT NULL CHECK (measure IN ('SCALE_SHARE', 'YES_SHARE')),
    comparison       VARCHAR(10)  NOT NULL CHECK (comparison IN ('AT_LEAST', 'AT_MOST')),
    threshold        NUMERIC(5, 1) NOT NULL CHECK (threshold BETWEEN 0 AND 100),
    min_answers      INTEGER      NOT NULL CHECK (min_answers > 0),
    title            VARCHAR(300) NOT NULL
);
