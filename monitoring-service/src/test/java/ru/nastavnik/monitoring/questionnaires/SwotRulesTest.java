package ru.nastavnik.monitoring.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SwotRulesTest {

    private static final SwotRules.Rule HIGH = new SwotRules.Rule("HIGH_RATING", "STRENGTH", null, "SCALE_SHARE",
            "AT_LEAST", new BigDecimal("80"), 2, "Высоко оценено: «%s»");
    private static final SwotRules.Rule LOW = new SwotRules.Rule("LOW_RATING", "WEAKNESS", null, "SCALE_SHARE",
            "AT_MOST", new BigDecimal("50"), 2, "Низко оценено: «%s»");
    private static final SwotRules.Rule CONTINUE = new SwotRules.Rule("READY_TO_CONTINUE", "OPPORTUNITY",
            "process.continue", "YES_SHARE", "AT_LEAST", new BigDecimal("70"), 2, "Готовы продолжить");
    private static final SwotRules.Rule NO_TIME = new SwotRules.Rule("NO_TIME", "THREAT", "process.time_enough",
            "YES_SHARE", "AT_MOST", new BigDecimal("50"), 2, "Нехватка времени");

    private static SwotRules.Evidence rated(String role, String key, QuestionKind kind, String template, int answers,
                                            long sum) {
        return new SwotRules.Evidence(role, key, kind, template, "Q", "Вопрос " + template, answers, sum);
    }

    @Test
    void aRatingAtTheThresholdIsAStrengthTracedToItsQuestionCountAverageAndThreshold() {
        // 4 answers summing 16 on a 1–5 scale: 16 ÷ (4 × 5) = 80% — exactly the threshold
        List<SwotRules.Point> points = SwotRules.apply(List.of(HIGH, LOW),
                List.of(rated("MENTOR", "process.meetings_useful", QuestionKind.SCALE_5, "PROCESS_MENTOR.v1", 4, 16)));

        assertThat(points).singleElement().satisfies(point -> {
            assertThat(point.quadrant()).isEqualTo("STRENGTH");
            assertThat(point.ruleCode()).isEqualTo("HIGH_RATING");
            assertThat(point.measured()).isEqualTo(80.0);
            assertThat(point.threshold()).isEqualByComparingTo("80");
            assertThat(point.answers()).isEqualTo(4);
            assertThat(point.title()).isEqualTo("Высоко оценено: «Вопрос PROCESS_MENTOR.v1» — наставники");
            assertThat(point.because()).contains("80% ≥ 80%").contains("ответов: 4");
            assertThat(point.evidence()).singleElement().satisfies(evidence -> {
                assertThat(evidence.templateId()).isEqualTo("PROCESS_MENTOR.v1");
                assertThat(evidence.average()).isEqualTo(4.0);
            });
        });
    }

    @Test
    void justBelowTheStrengthThresholdAndJustAboveTheWeaknessOneNothingFires() {
        // 79% and 51%: neither a strength nor a weakness
        List<SwotRules.Point> points = SwotRules.apply(List.of(HIGH, LOW), List.of(
                rated("MENTOR", "process.comfort", QuestionKind.SCALE_10, "A.v1", 10, 79),
                rated("MENTEE", "process.comfort", QuestionKind.SCALE_10, "B.v1", 10, 51)));

        assertThat(points).isEmpty();
    }

    @Test
    void aLowRatingIsAWeaknessAndVersionsWithTheSameMappingKeyCountTogether() {
        // v1 on 1–10 (2 answers, sum 6) and v2 on 1–5 (2 answers, sum 4): (6 + 4) ÷ (2×10 + 2×5) = 33.3%
        List<SwotRules.Point> points = SwotRules.apply(List.of(HIGH, LOW), List.of(
                rated("MENTEE", "process.support", QuestionKind.SCALE_10, "T.v1", 2, 6),
                rated("MENTEE", "process.support", QuestionKind.SCALE_5, "T.v2", 2, 4)));

        assertThat(points).singleElement().satisfies(point -> {
            assertThat(point.quadrant()).isEqualTo("WEAKNESS");
            assertThat(point.measured()).isEqualTo(33.3);
            assertThat(point.answers()).isEqualTo(4);
            assertThat(point.evidence()).extracting(SwotRules.Evidence::templateId).containsExactly("T.v1", "T.v2");
            assertThat(point.title()).contains("Вопрос T.v2").endsWith("наставляемые");
        });
    }

    @Test
    void rolesAreNotMixed() {
        // mentors 100%, mentees 0%: one strength for mentors, one weakness for mentees, not one 50% average
        List<SwotRules.Point> points = SwotRules.apply(List.of(HIGH, LOW), List.of(
                rated("MENTOR", "process.goals_clear", QuestionKind.SCALE_5, "M.v1", 2, 10),
                rated("MENTEE", "process.goals_clear", QuestionKind.SCALE_5, "E.v1", 2, 2)));

        assertThat(points).extracting(SwotRules.Point::quadrant, SwotRules.Point::respondentRole)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("STRENGTH", "MENTOR"),
                        org.assertj.core.groups.Tuple.tuple("WEAKNESS", "MENTEE"));
    }

    @Test
    void tooFewAnswersMakeNoPoint() {
        List<SwotRules.Point> points = SwotRules.apply(List.of(HIGH, CONTINUE), List.of(
                rated("MENTOR", "process.satisfaction", QuestionKind.SCALE_5, "M.v1", 1, 5),
                rated("MENTOR", "process.continue", QuestionKind.YES_NO, "M.v1", 1, 1)));

        assertThat(points).isEmpty();
    }

    @Test
    void opportunitiesAndThreatsComeOnlyFromTheirOwnYesNoQuestions() {
        List<SwotRules.Point> points = SwotRules.apply(List.of(CONTINUE, NO_TIME, HIGH), List.of(
                // 3 of 4 «да»: 75% ≥ 70% → opportunity
                rated("MENTOR", "process.continue", QuestionKind.YES_NO, "M.v1", 4, 3),
                // 1 of 3 «да»: 33.3% ≤ 50% → threat
                rated("MENTEE", "process.time_enough", QuestionKind.YES_NO, "E.v1", 3, 1),
                // a yes-no question with no rule of its own makes nothing, even at 100%
                rated("MENTOR", "process.training_wanted", QuestionKind.YES_NO, "M.v1", 4, 4)));

        assertThat(points).extracting(SwotRules.Point::quadrant, SwotRules.Point::ruleCode, SwotRules.Point::measured)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OPPORTUNITY", "READY_TO_CONTINUE", 75.0),
                        org.assertj.core.groups.Tuple.tuple("THREAT", "NO_TIME", 33.3));
        assertThat(points.get(1).because()).contains("доля ответов «да» = 33.3% ≤ 50%");
    }
}
