-- pairing-service's read models. People appear by their pseudonymous registry ids only; free texts (notes,
-- comments, plans, reflections) are stored sealed and opened with keys that erasure destroys.
DROP TABLE pair_view;

-- The candidate directory, fed by the registry's integration events: codes and bands, never a name.
CREATE TABLE candidate (
    participant_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    school_id        VARCHAR(64)  NOT NULL,
    municipality_id  VARCHAR(64)  NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    category         VARCHAR(30)  NOT NULL,
    age_band         VARCHAR(20),
    experience_band  VARCHAR(20),
    grade            INTEGER,
    partner_id       VARCHAR(64),
    competencies     VARCHAR(500) NOT NULL DEFAULT '',
    preferred_forms  VARCHAR(300) NOT NULL DEFAULT '',
    capacity         INTEGER      NOT NULL DEFAULT 1,
    selection        VARCHAR(20)  NOT NULL DEFAULT 'CANDIDATE',
    trained          BOOLEAN      NOT NULL DEFAULT FALSE,
    requests         VARCHAR(500) NOT NULL DEFAULT '',
    withdrawn        BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX ix_candidate_school ON candidate (school_id, role);

-- A school's programme: its matching settings and, per school year, the forms it chose.
CREATE TABLE programme_settings (
    school_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    municipality_id    VARCHAR(64) NOT NULL,
    settings           JSONB       NOT NULL
);
CREATE TABLE programme_year (
    school_id          VARCHAR(64) NOT NULL,
    school_year        VARCHAR(9)  NOT NULL,
    municipality_id    VARCHAR(64) NOT NULL,
    forms              VARCHAR(300) NOT NULL,
    chosen_on          DATE        NOT NULL,
    PRIMARY KEY (school_id, school_year)
);

-- Proposals the curator shapes: pins, bans and held-out mentees, and the current solution as shown on the board.
CREATE TABLE proposal_view (
    id                 VARCHAR(64) NOT NULL PRIMARY KEY,
    school_id          VARCHAR(64) NOT NULL,
    municipality_id    VARCHAR(64) NOT NULL,
    form               VARCHAR(30),
    status             VARCHAR(20) NOT NULL,
    version            BIGINT      NOT NULL,
    scope              JSONB       NOT NULL,
    adjustments        JSONB       NOT NULL,
    solution           JSONB       NOT NULL,
    previous_objective JSONB,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_proposal_school ON proposal_view (school_id, created_at DESC);

-- Pairs and groups, their members, meetings and feedback.
CREATE TABLE pair_view (
    id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    school_id          VARCHAR(64)  NOT NULL,
    municipality_id    VARCHAR(64)  NOT NULL,
    form               VARCHAR(30)  NOT NULL,
    is_group           BOOLEAN      NOT NULL,
    mentor_id          VARCHAR(64)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    proposal_id        VARCHAR(64),
    formed_on          DATE         NOT NULL,
    order_id           VARCHAR(200),
    order_number       VARCHAR(50),
    fixed_on           DATE,
    interaction_format VARCHAR(20),
    plan               JSONB,
    plan_agreed_by_mentor  BOOLEAN NOT NULL DEFAULT FALSE,
    plan_agreed_by_curator BOOLEAN NOT NULL DEFAULT FALSE,
    stall_reasons      VARCHAR(200) NOT NULL DEFAULT '',
    stalled_since      DATE,
    outcome            VARCHAR(20),
    mentor_reflection  TEXT,
    mentee_reflection  TEXT,
    mentor_nominated   BOOLEAN      NOT NULL DEFAULT FALSE,
    ended_on           DATE,
    end_reason         VARCHAR(30),
    end_note           TEXT,
    version            BIGINT       NOT NULL
);
CREATE INDEX ix_pair_school ON pair_view (school_id, status);
CREATE INDEX ix_pair_mentor ON pair_view (mentor_id);

CREATE TABLE pair_mentee (
    pair_id            VARCHAR(64) NOT NULL,
    mentee_id          VARCHAR(64) NOT NULL,
    left_on            DATE,
    open               BOOLEAN     NOT NULL DEFAULT TRUE,
    PRIMARY KEY (pair_id, mentee_id)
);
CREATE INDEX ix_pair_mentee_mentee ON pair_mentee (mentee_id);
-- the last guard against two confirmations placing one mentee twice: one open membership per mentee
CREATE UNIQUE INDEX ux_pair_mentee_open ON pair_mentee (mentee_id) WHERE open;

CREATE TABLE meeting_view (
    meeting_id         VARCHAR(64) NOT NULL PRIMARY KEY,
    pair_id            VARCHAR(64) NOT NULL,
    sequence           INTEGER     NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    held_on            DATE        NOT NULL,
    format             VARCHAR(20) NOT NULL,
    notes              TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX ix_meeting_pair ON meeting_view (pair_id, sequence);

CREATE TABLE feedback_view (
    meeting_id         VARCHAR(64) NOT NULL,
    author             VARCHAR(10) NOT NULL,
    participant_id     VARCHAR(64) NOT NULL,
    pair_id            VARCHAR(64) NOT NULL,
    score              INTEGER     NOT NULL,
    not_a_good_fit     BOOLEAN     NOT NULL,
    comment            TEXT        NOT NULL DEFAULT '',
    given_on           DATE        NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);
CREATE INDEX ix_feedback_pair ON feedback_view (pair_id);

-- Orders that fixed pairs (приказ о закреплении).
CREATE TABLE order_view (
    id                 VARCHAR(200) NOT NULL PRIMARY KEY,
    school_id          VARCHAR(64)  NOT NULL,
    number             VARCHAR(50)  NOT NULL,
    issued_on          DATE         NOT NULL,
    pairs              INTEGER      NOT NULL
);

-- One-time feedback links for pupils: the link itself is signed; a row says whether it was used.
CREATE TABLE feedback_link (
    id                 VARCHAR(64) NOT NULL PRIMARY KEY,
    pair_id            VARCHAR(64) NOT NULL,
    meeting_id         VARCHAR(64) NOT NULL,
    mentee_id          VARCHAR(64) NOT NULL,
    expires_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at            TIMESTAMP(6) WITH TIME ZONE
);

-- Keys that seal free texts: one per pair ("pair:<id>") and one per person ("person:<id>").
CREATE TABLE sealing_key (
    owner_id           VARCHAR(80) NOT NULL PRIMARY KEY,
    key_bytes          BYTEA       NOT NULL
);
