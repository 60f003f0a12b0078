package ru.nastavnik.monitoring.questionnaires;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SWOT of a programme from its process-quality answers, by explicit rules kept as data
 * ({@code questionnaire_swot_rule}). Answers are summed per respondent role and mapping key, so the same question in
 * several versions (or in the mentee questionnaires of several forms) counts together. A rule's measure is
 * SCALE_SHARE — the sum of scores ÷ (answers × the scale's maximum) × 100, as the satisfaction indicators count — or
 * YES_SHARE — the «да» answers ÷ all answers × 100. A rule fires when there are at least its minimum of answers and
 * the measure is at least (or at most) its threshold. Every point carries the rule and the questions with their
 * counts and averages that produced it. Pure.
 */
final class SwotRules {

    private SwotRules() {
    }

    record Rule(String code, String quadrant, String mappingKey, String measure, String comparison,
                BigDecimal threshold, int minAnswers, String title) {
    }

    /** The answers to one question of one template version by one respondent role (numeric answers only). */
    record Evidence(String respondentRole, String mappingKey, QuestionKind kind, String templateId,
                    String questionCode, String questionText, int answers, long scoreSum) {

        /** The average score (for yes-no: the share of «да» as 0–1), shown with each point. */
        @com.fasterxml.jackson.annotation.JsonProperty("average")
        double average() {
            return answers == 0 ? 0 : GrowthComparison.round((double) scoreSum / answers);
        }
    }

    /**
     * @param measured the measure's value in %, computed over the evidence
     * @param answers  how many answers the evidence holds
     * @param because  the rule in words with its threshold and the value found
     */
    record Point(String quadrant, String title, String ruleCode, String respondentRole, String mappingKey,
                 double measured, String measure, String comparison, BigDecimal threshold, int minAnswers,
                 int answers, String because, List<Evidence> evidence) {
    }

    static List<Point> apply(List<Rule> rules, List<Evidence> evidence) {
        Map<String, List<Evidence>> groups = new LinkedHashMap<>();
        evidence.stream()
                .filter(item -> item.mappingKey() != null && item.answers() > 0)
                .sorted(Comparator.comparing(Evidence::respondentRole).thenComparing(Evidence::mappingKey)
                        .thenComparing(Evidence::templateId))
                .forEach(item -> groups.computeIfAbsent(item.respondentRole() + "|" + item.mappingKey(),
                        key -> new ArrayList<>()).add(item));
        List<Point> points = new ArrayList<>();
        for (Rule rule : rules) {
            for (List<Evidence> group : groups.values()) {
                Evidence first = group.getFirst();
                if (rule.mappingKey() != null && !rule.mappingKey().equals(first.mappingKey())) {
                    continue;
                }
                List<Evidence> fitting = group.stream().filter(item -> fits(rule, item.kind())).toList();
                int answers = fitting.stream().mapToInt(Evidence::answers).sum();
                if (fitting.isEmpty() || answers < rule.minAnswers()) {
                    continue;
                }
                double measured = GrowthComparison.round(measure(rule, fitting));
                boolean fires = rule.comparison().equals("AT_LEAST")
                        ? measured >= rule.threshold().doubleValue()
                        : measured <= rule.threshold().doubleValue();
                if (fires) {
                    points.add(point(rule, fitting, measured, answers));
                }
            }
        }
        return points;
    }

    private static boolean fits(Rule rule, QuestionKind kind) {
        return rule.measure().equals("YES_SHARE") ? kind == QuestionKind.YES_NO : kind.rated();
    }

    private static double measure(Rule rule, List<Evidence> fitting) {
        long sum = fitting.stream().mapToLong(Evidence::scoreSum).sum();
        long maximum = fitting.stream().mapToLong(item -> (long) item.answers() * item.kind().scaleMax()).sum();
        return sum * 100.0 / maximum;
    }

    private static Point point(Rule rule, List<Evidence> fitting, double measured, int answers) {
        Evidence latest = fitting.getLast();
        String title = rule.title().contains("%s") ? rule.title().formatted(latest.questionText()) : rule.title();
        String measureWords = rule.measure().equals("YES_SHARE") ? "доля ответов «да»"
                : "сумма оценок ÷ (число ответов × максимум шкалы)";
        String because = measureWords + " = " + format(measured) + "% "
                + (rule.comparison().equals("AT_LEAST") ? "≥ " : "≤ ") + format(rule.threshold().doubleValue())
                + "% (порог правила), ответов: " + answers + " (нужно не меньше " + rule.minAnswers() + ")";
        return new Point(rule.quadrant(), title + " — " + roleTitle(latest.respondentRole()), rule.code(),
                latest.respondentRole(), latest.mappingKey(), measured, rule.measure(), rule.comparison(),
                rule.threshold(), rule.minAnswers(), answers, because, fitting);
    }

    static String roleTitle(String role) {
        return switch (role) {
            case "MENTOR" -> "наставники";
            case "MENTEE" -> "наставляемые";
            default -> "куратор";
        };
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
