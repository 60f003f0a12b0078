package ru.nastavnik.monitoring.questionnaires;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * The results of the questionnaires over a scope of schools: satisfaction of mentors and mentees (from the same
 * facts as the indicators), growth per person (the school's own) and per form (aggregates), and the SWOT. Reads
 * numeric answers only: free text never leaves the school's comments endpoint.
 */
@Service
class Results {

    static final String SATISFACTION_FORMULA = "Сумма оценок удовлетворённости с начала учебного года по дату ÷ "
            + "(число ответов × максимум шкалы) × 100% — так же, как показатели MENTOR_SATISFACTION и MENTEE_SATISFACTION";
    static final String GROWTH_FORMULA = "Сравниваются только вопросы входной и итоговой анкет с одним ключом "
            + "сопоставления (в том числе разных версий); ответ переводится в долю своей шкалы: (оценка − 1) ÷ "
            + "(максимум − 1) × 100, «да» = 100, «нет» = 0; рост — итог минус вход в процентных пунктах";

    private final JdbcClient jdbc;

    Results(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- satisfaction ----

    record RoleSatisfaction(String respondentRole, String title, int answers, long scoreSum, long maximumSum,
                            Double percent) {
    }

    record Satisfaction(String level, String unit, LocalDate from, LocalDate asOf, List<RoleSatisfaction> roles,
                        String formula) {
    }

    Satisfaction satisfaction(ResultScope.Scope scope) {
        Map<String, long[]> sums = new TreeMap<>();
        sums.put("MENTOR", new long[3]);
        sums.put("MENTEE", new long[3]);
        jdbc.sql("""
                        SELECT respondent_role, COUNT(*), SUM(score), SUM(scale_max) FROM satisfaction_answer_fact
                        WHERE school_id IN (:schools) AND answered_on BETWEEN :from AND :d GROUP BY respondent_role""")
                .param("schools", scope.schoolIds()).param("from", Date.valueOf(scope.yearStart()))
                .param("d", Date.valueOf(scope.asOf()))
                .query(rs -> {
                    sums.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        List<RoleSatisfaction> roles = sums.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                .map(entry -> new RoleSatisfaction(entry.getKey(), SwotRules.roleTitle(entry.getKey()),
                        (int) entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
                        entry.getValue()[2] == 0 ? null
                                : GrowthComparison.round(entry.getValue()[1] * 100.0 / entry.getValue()[2])))
                .toList();
        return new Satisfaction(scope.level().name(), scope.unit(), scope.yearStart(), scope.asOf(), roles,
                SATISFACTION_FORMULA);
    }

    // ---- growth ----

    record AreaGrowth(String area, double entryShare, double exitShare, double change) {
    }

    record PersonGrowth(String participantId, String respondentRole, String form, String entryTemplateId,
                        LocalDate entryOn, String exitTemplateId, LocalDate exitOn, List<AreaGrowth> areas,
                        List<GrowthComparison.Item> items, List<String> notCompared) {
    }

    record FormGrowth(String respondentRole, String form, String formTitle, String area, int people,
                      double entryShare, double exitShare, double change) {
    }

    record GrowthByForm(String level, String unit, LocalDate asOf, List<FormGrowth> groups, String formula) {
    }

    private record Sheet(String respondentKey, String role, String form, String purpose, String templateId,
                         LocalDate answeredOn, List<GrowthComparison.Answer> answers) {
    }

    /** Per person: the latest entry sheet and the latest exit sheet given on or after it. */
    List<PersonGrowth> growthPerPerson(List<String> schoolIds, LocalDate asOf) {
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.respondent_key, r.respondent_role, r.form, t.purpose, r.template_id, r.answered_on,
                          a.question_code, q.text, q.kind, q.mapping_key, q.growth_area, a.score
                        FROM questionnaire_response r
                        JOIN questionnaire_template t ON t.id = r.template_id
                        JOIN questionnaire_answer a ON a.response_id = r.id
                        JOIN questionnaire_question q ON q.template_id = a.template_id AND q.code = a.question_code
                        WHERE t.purpose IN ('GROWTH_ENTRY', 'GROWTH_EXIT') AND r.school_id IN (:schools)
                          AND r.answered_on <= :d AND a.score IS NOT NULL
                        ORDER BY r.respondent_key, r.answered_on, r.id, q.position""")
                .param("schools", schoolIds).param("d", Date.valueOf(asOf))
                .query(rs -> {
                    Sheet sheet = sheets.computeIfAbsent(rs.getString("id"), id -> {
                        try {
                            return new Sheet(rs.getString("respondent_key"), rs.getString("respondent_role"),
                                    rs.getString("form"), rs.getString("purpose"), rs.getString("template_id"),
                                    rs.getDate("answered_on").toLocalDate(), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    sheet.answers().add(new GrowthComparison.Answer(rs.getString("template_id"),
                            rs.getString("question_code"), rs.getString("text"),
                            QuestionKind.valueOf(rs.getString("kind")), rs.getString("mapping_key"),
                            rs.getString("growth_area"), rs.getInt("score")));
                });
        Map<String, List<Sheet>> byPerson = new LinkedHashMap<>();
        sheets.values().forEach(sheet -> byPerson.computeIfAbsent(sheet.role() + "|" + sheet.respondentKey(),
                key -> new ArrayList<>()).add(sheet));
        List<PersonGrowth> people = new ArrayList<>();
        for (List<Sheet> own : byPerson.values()) {
            Sheet exit = own.stream().filter(sheet -> sheet.purpose().equals(Template.GROWTH_EXIT))
                    .reduce((first, second) -> second).orElse(null);
            if (exit == null) {
                continue;
            }
            Sheet entry = own.stream().filter(sheet -> sheet.purpose().equals(Template.GROWTH_ENTRY)
                    && !sheet.answeredOn().isAfter(exit.answeredOn())).reduce((first, second) -> second).orElse(null);
            if (entry == null) {
                continue;
            }
            GrowthComparison.Result result = GrowthComparison.compare(entry.answers(), exit.answers());
            people.add(new PersonGrowth(exit.respondentKey(), exit.role(), exit.form() != null ? exit.form()
                    : entry.form(), entry.templateId(), entry.answeredOn(), exit.templateId(), exit.answeredOn(),
                    areas(result.items()), result.items(), result.notCompared()));
        }
        return people;
    }

    GrowthByForm growthByForm(ResultScope.Scope scope) {
        Map<String, List<AreaGrowth>> groups = new TreeMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        for (PersonGrowth person : growthPerPerson(scope.schoolIds(), scope.asOf())) {
            for (AreaGrowth area : person.areas()) {
                String form = person.form() == null ? "" : person.form();
                String key = person.respondentRole() + "|" + form + "|" + area.area();
                keys.put(key, new String[] {person.respondentRole(), form, area.area()});
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(area);
            }
        }
        List<FormGrowth> result = groups.entrySet().stream().map(entry -> {
            String[] key = keys.get(entry.getKey());
            List<AreaGrowth> list = entry.getValue();
            double entryShare = list.stream().mapToDouble(AreaGrowth::entryShare).average().orElse(0);
            double exitShare = list.stream().mapToDouble(AreaGrowth::exitShare).average().orElse(0);
            String form = key[1].isEmpty() ? null : key[1];
            return new FormGrowth(key[0], form, form == null ? "форма не указана" : MentoringForm.valueOf(form).title(),
                    key[2], list.size(), GrowthComparison.round(entryShare), GrowthComparison.round(exitShare),
                    GrowthComparison.round(exitShare - entryShare));
        }).toList();
        return new GrowthByForm(scope.level().name(), scope.unit(), scope.asOf(), result, GROWTH_FORMULA);
    }

    private static List<AreaGrowth> areas(List<GrowthComparison.Item> items) {
        Map<String, List<GrowthComparison.Item>> byArea = new TreeMap<>();
        items.stream().filter(item -> item.growthArea() != null)
                .forEach(item -> byArea.computeIfAbsent(item.growthArea(), area -> new ArrayList<>()).add(item));
        return byArea.entrySet().stream().map(entry -> {
            double before = entry.getValue().stream().mapToDouble(GrowthComparison.Item::entryShare).average().orElse(0);
            double after = entry.getValue().stream().mapToDouble(GrowthComparison.Item::exitShare).average().orElse(0);
            return new AreaGrowth(entry.getKey(), GrowthComparison.round(before), GrowthComparison.round(after),
                    GrowthComparison.round(after - before));
        }).toList();
    }

    // ---- SWOT ----

    record Swot(String level, String unit, LocalDate from, LocalDate asOf, int responses,
                List<SwotRules.Point> strengths, List<SwotRules.Point> weaknesses, List<SwotRules.Point> opportunities,
                List<SwotRules.Point> threats, List<SwotRules.Rule> rules) {
    }

    Swot swot(ResultScope.Scope scope) {
        List<SwotRules.Rule> rules = jdbc.sql("""
                        SELECT code, quadrant, mapping_key, measure, comparison, threshold, min_answers, title
                        FROM questionnaire_swot_rule ORDER BY quadrant, code""")
                .query((rs, row) -> new SwotRules.Rule(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getString(8)))
                .list();
        List<SwotRules.Evidence> evidence = jdbc.sql("""
                        SELECT r.respondent_role, q.mapping_key, q.kind, a.template_id, a.question_code, q.text,
                          COUNT(*) AS answers, SUM(a.score) AS score_sum
                        FROM questionnaire_answer a
                        JOIN questionnaire_response r ON r.id = a.response_id
                        JOIN questionnaire_template t ON t.id = a.template_id
                        JOIN questionnaire_question q ON q.template_id = a.template_id AND q.code = a.question_code
                        WHERE t.purpose = 'PROCESS_QUALITY' AND r.school_id IN (:schools)
                          AND r.answered_on BETWEEN :from AND :d AND a.score IS NOT NULL AND q.mapping_key IS NOT NULL
                        GROUP BY r.respondent_role, q.mapping_key, q.kind, a.template_id, a.question_code, q.text
                        ORDER BY r.respondent_role, q.mapping_key, a.template_id""")
                .param("schools", scope.schoolIds()).param("from", Date.valueOf(scope.yearStart()))
                .param("d", Date.valueOf(scope.asOf()))
                .query((rs, row) -> new SwotRules.Evidence(rs.getString(1), rs.getString(2),
                        QuestionKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getLong(8)))
                .list();
        int responses = jdbc.sql("""
                        SELECT COUNT(*) FROM questionnaire_response r JOIN questionnaire_template t ON t.id = r.template_id
                        WHERE t.purpose = 'PROCESS_QUALITY' AND r.school_id IN (:schools)
                          AND r.answered_on BETWEEN :from AND :d""")
                .param("schools", scope.schoolIds()).param("from", Date.valueOf(scope.yearStart()))
                .param("d", Date.valueOf(scope.asOf())).query(Integer.class).single();
        List<SwotRules.Point> points = SwotRules.apply(rules, evidence);
        return new Swot(scope.level().name(), scope.unit(), scope.yearStart(), scope.asOf(), responses,
                quadrant(points, "STRENGTH"), quadrant(points, "WEAKNESS"), quadrant(points, "OPPORTUNITY"),
                quadrant(points, "THREAT"), rules);
    }

    private static List<SwotRules.Point> quadrant(List<SwotRules.Point> points, String quadrant) {
        return points.stream().filter(point -> point.quadrant().equals(quadrant)).toList();
    }
}
