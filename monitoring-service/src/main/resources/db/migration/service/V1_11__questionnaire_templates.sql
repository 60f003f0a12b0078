-- The questionnaires shipped with the product, after the methodology of the target model (распоряжение
-- Минпросвещения № Р-145, приложение 2: мониторинг качества процесса и мониторинг роста участников): a
-- process-quality questionnaire for mentors, one for mentees of each form of mentoring, one for the curator; the
-- growth questionnaire at entry and at exit (мотивационно-личностный, компетентностный, профессиональный рост).
-- Version 2 of the exit questionnaire shows how a template changes without breaking comparisons: its questions
-- keep their mapping keys where they ask the same thing.

INSERT INTO questionnaire_template (id, code, version, purpose, audience, form, title, description) VALUES
('PROCESS_MENTOR.v1', 'PROCESS_MENTOR', 1, 'PROCESS_QUALITY', 'MENTOR', NULL,
 'Анкета наставника: качество процесса наставничества',
 'Оценка организации и результатов работы в паре или группе глазами наставника. Заполняется по итогам учебного года или этапа программы.');

INSERT INTO questionnaire_question (template_id, code, position, kind, text, options, mapping_key, growth_area, satisfaction, required) VALUES
('PROCESS_MENTOR.v1', 'SATISFACTION', 1, 'SCALE_5', 'Насколько вы удовлетворены участием в программе наставничества?', NULL, 'process.satisfaction', NULL, TRUE, TRUE),
('PROCESS_MENTOR.v1', 'MEETINGS_USEFUL', 2, 'SCALE_5', 'Насколько полезными, на ваш взгляд, были встречи с наставляемым?', NULL, 'process.meetings_useful', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'COMFORT', 3, 'SCALE_5', 'Насколько комфортно вам было работать с наставляемым?', NULL, 'process.comfort', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'GOALS_CLEAR', 4, 'SCALE_5', 'Насколько понятны были цели и задачи индивидуального плана?', NULL, 'process.goals_clear', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'CURATOR_SUPPORT', 5, 'SCALE_5', 'Насколько достаточной была методическая и организационная поддержка куратора?', NULL, 'process.support', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'TIME_ENOUGH', 6, 'YES_NO', 'Хватало ли вам времени на работу с наставляемым?', NULL, 'process.time_enough', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'MEETING_FREQUENCY', 7, 'CHOICE', 'Как часто проходили ваши встречи?',
 '[{"code":"WEEKLY","title":"Раз в неделю и чаще"},{"code":"TWICE_A_MONTH","title":"Два раза в месяц"},{"code":"MONTHLY","title":"Раз в месяц"},{"code":"RARELY","title":"Реже раза в месяц"}]',
 'process.meeting_frequency', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'TRAINING_WANTED', 8, 'YES_NO', 'Хотели бы вы пройти обучение для наставников (курсы повышения квалификации, семинары, РМО)?', NULL, 'process.training_wanted', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'CONTINUE', 9, 'YES_NO', 'Готовы ли вы продолжить участие в программе в следующем учебном году?', NULL, 'process.continue', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'OWN_GROWTH', 10, 'SCALE_10', 'Насколько участие в программе помогло вашему собственному профессиональному развитию?', NULL, 'process.own_growth', NULL, FALSE, TRUE),
('PROCESS_MENTOR.v1', 'DIFFICULTIES', 11, 'TEXT', 'С какими трудностями вы столкнулись?', NULL, NULL, NULL, FALSE, FALSE),
('PROCESS_MENTOR.v1', 'SUGGESTIONS', 12, 'TEXT', 'Что бы вы предложили изменить в программе?', NULL, NULL, NULL, FALSE, FALSE);

-- The mentee's questionnaire, one per form: a common core with the same mapping keys (so the forms can be summed
-- for the SWOT), the wording of the form, and a question on what this form is for.
INSERT INTO questionnaire_template (id, code, version, purpose, audience, form, title, description) VALUES
('PROCESS_MENTEE_PUPIL_PUPIL.v1', 'PROCESS_MENTEE_PUPIL_PUPIL', 1, 'PROCESS_QUALITY', 'MENTEE', 'PUPIL_PUPIL',
 'Анкета наставляемого (форма «ученик – ученик»)', 'Для обучающихся, которым помогал наставник-ученик. Ответы анонимны для всех, кроме куратора программы.'),
('PROCESS_MENTEE_TEACHER_TEACHER.v1', 'PROCESS_MENTEE_TEACHER_TEACHER', 1, 'PROCESS_QUALITY', 'MENTEE', 'TEACHER_TEACHER',
 'Анкета наставляемого (форма «учитель – учитель»)', 'Для молодых специалистов и педагогов, новых в организации.'),
('PROCESS_MENTEE_STUDENT_PUPIL.v1', 'PROCESS_MENTEE_STUDENT_PUPIL', 1, 'PROCESS_QUALITY', 'MENTEE', 'STUDENT_PUPIL',
 'Анкета наставляемого (форма «студент – ученик»)', 'Для обучающихся, которым помогал наставник-студент.'),
('PROCESS_MENTEE_EMPLOYER_PUPIL.v1', 'PROCESS_MENTEE_EMPLOYER_PUPIL', 1, 'PROCESS_QUALITY', 'MENTEE', 'EMPLOYER_PUPIL',
 'Анкета наставляемого (форма «работодатель – ученик»)', 'Для обучающихся, наставником которых был сотрудник предприятия-партнёра.'),
('PROCESS_MENTEE_STUDENT_STUDENT.v1', 'PROCESS_MENTEE_STUDENT_STUDENT', 1, 'PROCESS_QUALITY', 'MENTEE', 'STUDENT_STUDENT',
 'Анкета наставляемого (форма «студент – студент»)', 'Для студентов, которым помогал наставник-студент.'),
('PROCESS_MENTEE_EMPLOYER_STUDENT.v1', 'PROCESS_MENTEE_EMPLOYER_STUDENT', 1, 'PROCESS_QUALITY', 'MENTEE', 'EMPLOYER_STUDENT',
 'Анкета наставляемого (форма «работодатель – студент»)', 'Для студентов, наставником которых был сотрудник предприятия-партнёра.');

INSERT INTO questionnaire_question (template_id, code, position, kind, text, options, mapping_key, growth_area, satisfaction, required)
SELECT t.id, q.code, q.position, q.kind, q.text, NULL, q.mapping_key, NULL, q.satisfaction, q.required
FROM questionnaire_template t
CROSS JOIN (VALUES
    ('SATISFACTION', 1, 'SCALE_5', 'Насколько вы довольны участием в программе наставничества?', 'process.satisfaction', TRUE, TRUE),
    ('MEETINGS_USEFUL', 2, 'SCALE_5', 'Насколько полезными были встречи с наставником?', 'process.meetings_useful', FALSE, TRUE),
    ('COMFORT', 3, 'SCALE_5', 'Насколько комфортно вам было общаться с наставником?', 'process.comfort', FALSE, TRUE),
    ('GOALS_CLEAR', 4, 'SCALE_5', 'Понятно ли было, чего вы хотите достичь вместе с наставником?', 'process.goals_clear', FALSE, TRUE),
    ('TIME_ENOUGH', 6, 'YES_NO', 'Хватало ли наставнику времени на встречи с вами?', 'process.time_enough', FALSE, TRUE),
    ('CONTINUE', 7, 'YES_NO', 'Хотели бы вы продолжить участие в программе наставничества в следующем году?', 'process.continue', FALSE, TRUE),
    ('MOST_USEFUL', 8, 'TEXT', 'Что было самым полезным?', NULL, FALSE, FALSE),
    ('SUGGESTIONS', 9, 'TEXT', 'Что бы вы хотели изменить?', NULL, FALSE, FALSE)
) AS q (code, position, kind, text, mapping_key, satisfaction, required)
WHERE t.purpose = 'PROCESS_QUALITY' AND t.audience = 'MENTEE';

INSERT INTO questionnaire_question (template_id, code, position, kind, text, options, mapping_key, growth_area, satisfaction, required) VALUES
('PROCESS_MENTEE_PUPIL_PUPIL.v1', 'FORM_RESULT', 5, 'SCALE_5', 'Стало ли вам легче учиться по предметам, в которых помогал наставник?', NULL, 'process.mentee.study_help', NULL, FALSE, TRUE),
('PROCESS_MENTEE_TEACHER_TEACHER.v1', 'FORM_RESULT', 5, 'SCALE_5', 'Насколько помощь наставника помогла вам в подготовке и проведении уроков?', NULL, 'process.mentee.practice_help', NULL, FALSE, TRUE),
('PROCESS_MENTEE_STUDENT_PUPIL.v1', 'FORM_RESULT', 5, 'SCALE_5', 'Помог ли наставник лучше понять, какую профессию или направление обучения выбрать?', NULL, 'process.mentee.career_help', NULL, FALSE, TRUE),
('PROCESS_MENTEE_EMPLOYER_PUPIL.v1', 'FORM_RESULT', 5, 'SCALE_5', 'Насколько больше вы узнали о профессиях и работе предприятия?', NULL, 'process.mentee.career_help', NULL, FALSE, TRUE),
('PROCESS_MENTEE_STUDENT_STUDENT.v1', 'FORM_RESULT', 5, 'SCALE_5', 'Помог ли наставник освоиться в колледже и в учёбе?', NULL, 'process.mentee.study_help', NULL, FALSE, TRUE),
('PROCESS_MENTEE_EMPLOYER_STUDENT.v1', 'FORM_RESULT', 5, 'SCALE_5', 'Насколько работа с наставником подготовила вас к работе по специальности?', NULL, 'process.mentee.career_help', NULL, FALSE, TRUE);

INSERT INTO questionnaire_template (id, code, version, purpose, audience, form, title, description) VALUES
('PROCESS_CURATOR.v1', 'PROCESS_CURATOR', 1, 'PROCESS_QUALITY', 'CURATOR', NULL,
 'Анкета куратора: качество реализации программы наставничества',
 'Заполняет куратор программы один раз за кампанию от имени организации.');

INSERT INTO questionnaire_question (template_id, code, position, kind, text, options, mapping_key, growth_area, satisfaction, required) VALUES
('PROCESS_CURATOR.v1', 'ORGANISATION', 1, 'SCALE_5', 'Насколько удалось организовать работу пар и групп по дорожной карте?', NULL, 'process.curator.organisation', NULL, FALSE, TRUE),
('PROCESS_CURATOR.v1', 'MENTORS_ENOUGH', 2, 'YES_NO', 'Хватает ли в организации наставников для всех запросов наставляемых?', NULL, 'process.curator.mentors_enough', NULL, FALSE, TRUE),
('PROCESS_CURATOR.v1', 'ADMIN_SUPPORT', 3, 'SCALE_5', 'Насколько достаточной была поддержка администрации организации?', NULL, 'process.curator.admin_support', NULL, FALSE, TRUE),
('PROCESS_CURATOR.v1', 'PARTNERS_READY', 4, 'YES_NO', 'Есть ли организации-партнёры, готовые предоставить наставников?', NULL, 'process.curator.partners_ready', NULL, FALSE, TRUE),
('PROCESS_CURATOR.v1', 'INFORMATION', 5, 'SCALE_5', 'Насколько полно программа освещается на сайте организации и в социальных сетях?', NULL, 'process.curator.information', NULL, FALSE, TRUE),
('PROCESS_CURATOR.v1', 'PROBLEMS', 6, 'TEXT', 'Основные проблемы в реализации программы', NULL, NULL, NULL, FALSE, FALSE);

-- Growth: the same mapped questions at entry and at exit.
INSERT INTO questionnaire_template (id, code, version, purpose, audience, form, title, description) VALUES
('GROWTH_ENTRY.v1', 'GROWTH_ENTRY', 1, 'GROWTH_ENTRY', 'PARTICIPANT', NULL,
 'Входная анкета участника программы наставничества',
 'Заполняется в начале работы пары или группы: мотивация, компетенции, профессиональные планы.'),
('GROWTH_EXIT.v1', 'GROWTH_EXIT', 1, 'GROWTH_EXIT', 'PARTICIPANT', NULL,
 'Итоговая анкета участника программы наставничества',
 'Заполняется по завершении работы пары или группы; сравнивается с входной анкетой.'),
('GROWTH_EXIT.v2', 'GROWTH_EXIT', 2, 'GROWTH_EXIT', 'PARTICIPANT', NULL,
 'Итоговая анкета участника программы наставничества (редакция 2)',
 'Уточнённые формулировки; знания и умения оцениваются по пятибалльной шкале; вопрос о командной работе снят, добавлен вопрос о плане профессионального развития.');

INSERT INTO questionnaire_question (template_id, code, position, kind, text, options, mapping_key, growth_area, satisfaction, required) VALUES
('GROWTH_ENTRY.v1', 'INTEREST', 1, 'SCALE_5', 'Насколько вам интересно развиваться в том, в чём вам будет помогать наставник (или в чём вы помогаете наставляемому)?', NULL, 'growth.motivation.interest', 'MOTIVATION', FALSE, TRUE),
('GROWTH_ENTRY.v1', 'CONFIDENCE', 2, 'SCALE_5', 'Насколько вы уверены в своих силах?', NULL, 'growth.motivation.confidence', 'MOTIVATION', FALSE, TRUE),
('GROWTH_ENTRY.v1', 'SKILLS', 3, 'SCALE_10', 'Оцените уровень своих знаний и умений в том, чему посвящена работа пары', NULL, 'growth.competence.skills', 'COMPETENCE', FALSE, TRUE),
('GROWTH_ENTRY.v1', 'TEAMWORK', 4, 'SCALE_5', 'Насколько легко вам работать в команде?', NULL, 'growth.competence.teamwork', 'COMPETENCE', FALSE, TRUE),
('GROWTH_ENTRY.v1', 'CAREER_CLARITY', 5, 'SCALE_5', 'Насколько ясно вы представляете свой дальнейший образовательный и профессиональный путь?', NULL, 'growth.profession.clarity', 'PROFESSION', FALSE, TRUE),
('GROWTH_ENTRY.v1', 'ACHIEVEMENTS', 6, 'YES_NO', 'Есть ли у вас достижения за последний год (олимпиады, конкурсы, проекты, публикации)?', NULL, 'growth.profession.achievements', 'PROFESSION', FALSE, TRUE),
('GROWTH_ENTRY.v1', 'EXPECTATIONS', 7, 'TEXT', 'Чего вы ждёте от программы наставничества?', NULL, NULL, NULL, FALSE, FALSE),

('GROWTH_EXIT.v1', 'INTEREST', 1, 'SCALE_5', 'Насколько вам сейчас интересно развиваться в том, чем вы занимались в паре?', NULL, 'growth.motivation.interest', 'MOTIVATION', FALSE, TRUE),
('GROWTH_EXIT.v1', 'CONFIDENCE', 2, 'SCALE_5', 'Насколько вы сейчас уверены в своих силах?', NULL, 'growth.motivation.confidence', 'MOTIVATION', FALSE, TRUE),
('GROWTH_EXIT.v1', 'SKILLS', 3, 'SCALE_10', 'Оцените уровень своих знаний и умений в том, чему была посвящена работа пары', NULL, 'growth.competence.skills', 'COMPETENCE', FALSE, TRUE),
('GROWTH_EXIT.v1', 'TEAMWORK', 4, 'SCALE_5', 'Насколько легко вам сейчас работать в команде?', NULL, 'growth.competence.teamwork', 'COMPETENCE', FALSE, TRUE),
('GROWTH_EXIT.v1', 'CAREER_CLARITY', 5, 'SCALE_5', 'Насколько ясно вы теперь представляете свой дальнейший образовательный и профессиональный путь?', NULL, 'growth.profession.clarity', 'PROFESSION', FALSE, TRUE),
('GROWTH_EXIT.v1', 'ACHIEVEMENTS', 6, 'YES_NO', 'Появились ли у вас достижения за время программы (олимпиады, конкурсы, проекты, публикации)?', NULL, 'growth.profession.achievements', 'PROFESSION', FALSE, TRUE),
('GROWTH_EXIT.v1', 'PROGRAMME_HELPED', 7, 'SCALE_5', 'Насколько программа наставничества помогла вам?', NULL, 'growth.exit.helped', 'MOTIVATION', FALSE, TRUE),
('GROWTH_EXIT.v1', 'WHAT_CHANGED', 8, 'TEXT', 'Что изменилось для вас за время программы?', NULL, NULL, NULL, FALSE, FALSE),

('GROWTH_EXIT.v2', 'INTEREST', 1, 'SCALE_5', 'Насколько вам сейчас интересно развиваться в направлении, над которым вы работали с наставником (наставляемым)?', NULL, 'growth.motivation.interest', 'MOTIVATION', FALSE, TRUE),
('GROWTH_EXIT.v2', 'CONFIDENCE', 2, 'SCALE_5', 'Насколько вы сейчас уверены в своих силах и возможностях?', NULL, 'growth.motivation.confidence', 'MOTIVATION', FALSE, TRUE),
('GROWTH_EXIT.v2', 'SKILLS_5', 3, 'SCALE_5', 'Оцените уровень своих знаний и умений по теме работы пары (1 — низкий, 5 — высокий)', NULL, 'growth.competence.skills', 'COMPETENCE', FALSE, TRUE),
('GROWTH_EXIT.v2', 'CAREER_CLARITY', 4, 'SCALE_5', 'Насколько ясно вы теперь представляете свой дальнейший образовательный и профессиональный путь?', NULL, 'growth.profession.clarity', 'PROFESSION', FALSE, TRUE),
('GROWTH_EXIT.v2', 'ACHIEVEMENTS', 5, 'YES_NO', 'Появились ли у вас достижения за время программы (олимпиады, конкурсы, проекты, публикации)?', NULL, 'growth.profession.achievements', 'PROFESSION', FALSE, TRUE),
('GROWTH_EXIT.v2', 'DEVELOPMENT_PLAN', 6, 'YES_NO', 'Составили ли вы план своего дальнейшего развития вместе с наставником?', NULL, 'growth.profession.plan', 'PROFESSION', FALSE, TRUE),
('GROWTH_EXIT.v2', 'PROGRAMME_HELPED', 7, 'SCALE_5', 'Насколько программа наставничества помогла вам?', NULL, 'growth.exit.helped', 'MOTIVATION', FALSE, TRUE),
('GROWTH_EXIT.v2', 'WHAT_CHANGED', 8, 'TEXT', 'Что изменилось для вас за время программы?', NULL, NULL, NULL, FALSE, FALSE);

-- The SWOT rules shipped with the product. A rated question averaging at least 80% of its scale is a strength,
-- at most 50% a weakness; opportunities and threats come from the questions that speak of them.
INSERT INTO questionnaire_swot_rule (code, quadrant, mapping_key, measure, comparison, threshold, min_answers, title) VALUES
('HIGH_RATING', 'STRENGTH', NULL, 'SCALE_SHARE', 'AT_LEAST', 80, 2, 'Высоко оценено: «%s»'),
('LOW_RATING', 'WEAKNESS', NULL, 'SCALE_SHARE', 'AT_MOST', 50, 2, 'Низко оценено: «%s»'),
('READY_TO_CONTINUE', 'OPPORTUNITY', 'process.continue', 'YES_SHARE', 'AT_LEAST', 70, 2, 'Участники готовы продолжить программу в следующем году'),
('MENTORS_WANT_TRAINING', 'OPPORTUNITY', 'process.training_wanted', 'YES_SHARE', 'AT_LEAST', 50, 2, 'Наставники хотят учиться: курсы, семинары, РМО наставников'),
('PARTNERS_READY', 'OPPORTUNITY', 'process.curator.partners_ready', 'YES_SHARE', 'AT_LEAST', 50, 1, 'Есть партнёры, готовые предоставить наставников'),
('NO_TIME', 'THREAT', 'process.time_enough', 'YES_SHARE', 'AT_MOST', 50, 2, 'Нехватка времени на встречи наставника и наставляемого'),
('NOT_CONTINUING', 'THREAT', 'process.continue', 'YES_SHARE', 'AT_MOST', 40, 2, 'Участники не готовы продолжать программу'),
('MENTORS_SHORTAGE', 'THREAT', 'process.curator.mentors_enough', 'YES_SHARE', 'AT_MOST', 50, 1, 'Наставников не хватает для всех запросов наставляемых');
