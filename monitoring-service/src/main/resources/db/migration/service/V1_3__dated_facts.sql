-- Facts with the dates they became true (and stopped being true), so every indicator can be recomputed as of any
-- past date. Pseudonymous ids and codes only: no name, no birth date, no contact ever reaches monitoring.

-- Which municipality and region a school belongs to from a date on. The first registration counts from the
-- beginning of time ('-infinity'); a move adds a row from the day of the move, so the history before it stays with
-- the previous municipality. Membership on D = the row with the latest effective_from <= D.
CREATE TABLE school_membership_fact (
    school_id        VARCHAR(64) NOT NULL,
    effective_from   DATE        NOT NULL,
    municipality_id  VARCHAR(64) NOT NULL,
    region_id        VARCHAR(64),
    PRIMARY KEY (school_id, effective_from)
);
CREATE INDEX ix_school_membership_municipality ON school_membership_fact (municipality_id);
CREATE INDEX ix_school_membership_region ON school_membership_fact (region_id);

-- A quarterly headcount applies from the first day of its quarter; a second report for a quarter corrects it.
CREATE TABLE headcount_report_fact (
    school_id        VARCHAR(64) NOT NULL,
    applies_from     DATE        NOT NULL,
    pupils_10_14     INTEGER     NOT NULL,
    pupils_15_18     INTEGER     NOT NULL,
    teachers_0_3     INTEGER     NOT NULL,
    teachers_over_3  INTEGER     NOT NULL,
    PRIMARY KEY (school_id, applies_from)
);

-- A participant as indicators count them: codes and bands from enrolment. A withdrawn consent only dates the row;
-- the anonymous fact keeps counting.
CREATE TABLE participant_fact (
    participant_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    school_id            VARCHAR(64) NOT NULL,
    role                 VARCHAR(20) NOT NULL,
    category             VARCHAR(30) NOT NULL,
    age_band             VARCHAR(10),
    experience_band      VARCHAR(10),
    partner_id           VARCHAR(64),
    enrolled_on          DATE        NOT NULL,
    consent_withdrawn_on DATE
);
-- "partners whose employee is a mentor" looks people up by their partner
CREATE INDEX ix_participant_partner ON participant_fact (partner_id) WHERE partner_id IS NOT NULL;

-- A pair or group from the order that fixed it to its completion or dissolution (ended_on exclusive).
CREATE TABLE pair_term_fact (
    pair_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64) NOT NULL,
    form             VARCHAR(40) NOT NULL,
    is_group         BOOLEAN     NOT NULL,
    fixed_on         DATE        NOT NULL,
    ended_on         DATE,
    end_kind         VARCHAR(20) CHECK (end_kind IN ('COMPLETED', 'DISSOLVED'))
);
CREATE INDEX ix_pair_term_school ON pair_term_fact (school_id);

-- Who is in a pair, as mentor or mentee, until they left (left_on exclusive; the pair's end also ends them).
CREATE TABLE pair_member_fact (
    pair_id          VARCHAR(64) NOT NULL,
    participant_id   VARCHAR(64) NOT NULL,
    member_role      VARCHAR(10) NOT NULL CHECK (member_role IN ('MENTOR', 'MENTEE')),
    left_on          DATE,
    PRIMARY KEY (pair_id, participant_id, member_role)
);
CREATE INDEX ix_pair_member_participant ON pair_member_fact (participant_id);

-- A pair stalled (or moving again) from a date: the state on D is the row with the latest since <= D.
CREATE TABLE pair_stall_fact (
    pair_id          VARCHAR(64) NOT NULL,
    since            DATE        NOT NULL,
    stalled          BOOLEAN     NOT NULL,
    PRIMARY KEY (pair_id, since)
);

CREATE TABLE meeting_fact (
    meeting_id       VARCHAR(64) NOT NULL PRIMARY KEY,
    pair_id          VARCHAR(64) NOT NULL,
    school_id        VARCHAR(64) NOT NULL,
    held_on          DATE        NOT NULL
);
CREATE INDEX ix_meeting_school ON meeting_fact (school_id, held_on);

-- An agreement with a partner organisation, in force from signed_on to valid_until inclusive (NULL: open-ended).
CREATE TABLE partner_agreement_fact (
    agreement_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    partner_id       VARCHAR(64) NOT NULL,
    school_id        VARCHAR(64) NOT NULL,
    signed_on        DATE        NOT NULL,
    valid_until      DATE
);
CREATE INDEX ix_partner_agreement_school ON partner_agreement_fact (school_id);

-- Satisfaction scores from the process-quality questionnaires (filled by the questionnaires capability); the
-- respondent is a role, never a person.
CREATE TABLE satisfaction_answer_fact (
    answer_id        VARCHAR(64) NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64) NOT NULL,
    respondent_role  VARCHAR(10) NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    score            INTEGER     NOT NULL CHECK (score >= 0),
    scale_max        INTEGER     NOT NULL CHECK (scale_max > 0),
    answered_on      DATE        NOT NULL,
    CHECK (score <= scale_max)
);
CREATE INDEX ix_satisfaction_school ON satisfaction_answer_fact (school_id, answered_on);

-- One due date of an adopted roadmap with the day each word about it arrived: done (on time or late), cancelled.
-- As of D a due date that came due before D and was neither done nor cancelled by D is overdue.
CREATE TABLE due_date_fact (
    action_id        VARCHAR(64) NOT NULL,
    due_date         DATE        NOT NULL,
    school_id        VARCHAR(64) NOT NULL,
    done_on          DATE,
    done_on_time     BOOLEAN,
    cancelled_on     DATE,
    PRIMARY KEY (action_id, due_date)
);
CREATE INDEX ix_due_date_school ON due_date_fact (school_id, due_date);
