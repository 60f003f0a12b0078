-- Indicators are data: versioned, append-only definitions. A change is a new version (a new row); an old version
-- stays readable and computable, so a figure approved under it never changes. municipality_id NULL is the
-- region's definition (the default set); a department's own version for its municipality carries its id.
CREATE TABLE indicator_definition (
    code             VARCHAR(64)   NOT NULL,
    version          INTEGER       NOT NULL CHECK (version > 0),
    municipality_id  VARCHAR(64),
    name             VARCHAR(300)  NOT NULL,
    numerator        JSONB         NOT NULL,
    denominator      JSONB,
    factor           INTEGER       NOT NULL CHECK (factor IN (1, 100)),
    unit             VARCHAR(20)   NOT NULL,
    target           NUMERIC(12, 2),
    disaggregation   VARCHAR(20)   CHECK (disaggregation IN ('FORM')),
    formula          TEXT          NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by_role  VARCHAR(40)   NOT NULL,
    -- the order rows were appended in: indicators are listed in the order their codes first appeared
    appended         BIGSERIAL     NOT NULL,
    PRIMARY KEY (code, version)
);
CREATE INDEX ix_indicator_definition_scope ON indicator_definition (code, municipality_id, version DESC);

-- Append-only by the database itself, not only by the code that writes it.
CREATE FUNCTION indicator_definition_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'indicator_definition is append-only: add a new version instead';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER indicator_definition_append_only BEFORE UPDATE OR DELETE ON indicator_definition
    FOR EACH ROW EXECUTE FUNCTION indicator_definition_is_append_only();

-- The default set shipped with the product (issue 12). A school year runs 1 September – 31 August.
INSERT INTO indicator_definition (code, version, name, numerator, denominator, factor, unit, target, disaggregation,
                                  formula, created_by_role) VALUES
('MENTEES_PUPILS_10_18', 1, 'Доля обучающихся в возрасте от 10 до 18 лет, вовлечённых в программы наставничества в роли наставляемого',
 '{"fact":"PAIR_PARTICIPANTS","filters":{"pairRole":["MENTEE"],"category":["PUPIL"],"ageBand":["10-14","15-18"]}}',
 '{"fact":"HEADCOUNT","filters":{"field":["PUPILS_10_14","PUPILS_15_18"]}}',
 100, '%', 70, NULL,
 'Обучающиеся 10–18 лет, состоящие наставляемыми в паре или группе, закреплённой приказом и действовавшей в любой день учебного года по дату расчёта (каждый считается один раз), ÷ обучающиеся 10–14 и 15–18 лет по последнему отчёту о численности на дату расчёта × 100%',
 'system'),
('MENTORS_PUPILS_15_18', 1, 'Доля обучающихся в возрасте от 15 до 18 лет, вовлечённых в программы наставничества в роли наставника',
 '{"fact":"PAIR_PARTICIPANTS","filters":{"pairRole":["MENTOR"],"category":["PUPIL"],"ageBand":["15-18"]}}',
 '{"fact":"HEADCOUNT","filters":{"field":["PUPILS_15_18"]}}',
 100, '%', NULL, NULL,
 'Обучающиеся 15–18 лет, состоящие наставниками в паре или группе, закреплённой приказом и действовавшей в любой день учебного года по дату расчёта (каждый считается один раз), ÷ обучающиеся 15–18 лет по последнему отчёту о численности на дату расчёта × 100%',
 'system'),
('YOUNG_TEACHERS_0_3', 1, 'Доля молодых педагогов (стаж от 0 до 3 лет), вовлечённых в программы наставничества в роли наставляемого',
 '{"fact":"PAIR_PARTICIPANTS","filters":{"pairRole":["MENTEE"],"experienceBand":["0-3"]}}',
 '{"fact":"HEADCOUNT","filters":{"field":["TEACHERS_0_3"]}}',
 100, '%', NULL, NULL,
 'Педагоги со стажем от 0 до 3 лет, состоящие наставляемыми в паре или группе, закреплённой приказом и действовавшей в любой день учебного года по дату расчёта (каждый считается один раз), ÷ педагоги со стажем до 3 лет по последнему отчёту о численности на дату расчёта × 100%',
 'system'),
('PARTNERS_PROVIDING_MENTORS', 1, 'Доля предприятий (организаций), заключивших соглашения о партнёрстве и предоставивших наставников',
 '{"fact":"PARTNERS_IN_FORCE","filters":{"providingMentors":["true"]}}',
 '{"fact":"PARTNERS_IN_FORCE","filters":{}}',
 100, '%', NULL, NULL,
 'Организации-партнёры с соглашением, действующим на дату расчёта, чей сотрудник — наставник в паре или группе, действовавшей в учебном году по дату расчёта, ÷ организации-партнёры с соглашением, действующим на дату расчёта × 100%',
 'system'),
('MENTOR_SATISFACTION', 1, 'Удовлетворённость наставников участием в программе наставничества',
 '{"fact":"SATISFACTION_SCORE","filters":{"respondentRole":["MENTOR"]}}',
 '{"fact":"SATISFACTION_MAXIMUM","filters":{"respondentRole":["MENTOR"]}}',
 100, '%', NULL, NULL,
 'Сумма оценок удовлетворённости, данных наставниками в анкетах с начала учебного года по дату расчёта, ÷ (число этих ответов × максимум шкалы) × 100%',
 'system'),
('MENTEE_SATISFACTION', 1, 'Удовлетворённость наставляемых участием в программе наставничества',
 '{"fact":"SATISFACTION_SCORE","filters":{"respondentRole":["MENTEE"]}}',
 '{"fact":"SATISFACTION_MAXIMUM","filters":{"respondentRole":["MENTEE"]}}',
 100, '%', NULL, NULL,
 'Сумма оценок удовлетворённости, данных наставляемыми в анкетах с начала учебного года по дату расчёта, ÷ (число этих ответов × максимум шкалы) × 100%',
 'system'),
('ACTIVE_PAIRS', 1, 'Число действующих наставнических пар и групп по формам наставничества',
 '{"fact":"PAIRS_ACTIVE","filters":{}}', NULL,
 1, 'шт.', NULL, 'FORM',
 'Пары и группы, закреплённые приказом не позднее даты расчёта и не завершённые и не расформированные к ней, по формам наставничества',
 'system'),
('COMPLETED_PAIRS', 1, 'Число завершивших программу наставнических пар и групп',
 '{"fact":"PAIRS_COMPLETED","filters":{}}', NULL,
 1, 'шт.', NULL, NULL,
 'Пары и группы, завершившие программу (итоговая встреча и рефлексия) с начала учебного года по дату расчёта включительно',
 'system'),
('MEETINGS_HELD', 1, 'Число проведённых встреч наставнических пар и групп',
 '{"fact":"MEETINGS_HELD","filters":{}}', NULL,
 1, 'шт.', NULL, NULL,
 'Встречи пар и групп, проведённые с начала учебного года по дату расчёта включительно',
 'system'),
('STALLED_PAIRS', 1, 'Число остановившихся наставнических пар и групп',
 '{"fact":"PAIRS_STALLED","filters":{}}', NULL,
 1, 'шт.', NULL, NULL,
 'Действующие на дату расчёта пары и группы, работа которых на эту дату остановилась (нет встреч, нет обратной связи, пара не подходит)',
 'system'),
('ROADMAP_ON_TIME', 1, 'Доля сроков дорожной карты, выполненных в срок',
 '{"fact":"ROADMAP_DUE_DATES","filters":{"state":["DONE"]}}',
 '{"fact":"ROADMAP_DUE_DATES","filters":{"state":["DONE","DONE_LATE","OVERDUE"]}}',
 100, '%', NULL, NULL,
 'Сроки мероприятий, наступившие по дату расчёта и выполненные в срок, ÷ (выполненные в срок + выполненные с опозданием + просроченные на дату расчёта) × 100%; отменённые и ещё не наступившие сроки не учитываются',
 'system');
