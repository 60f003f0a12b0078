package ru.nastavnik.monitoring.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GrowthComparisonTest {

    private static GrowthComparison.Answer answer(String template, String code, QuestionKind kind, String key,
                                                  int score) {
        return new GrowthComparison.Answer(template, code, "Вопрос " + code, kind, key, "COMPETENCE", score);
    }

    @Test
    void onlyQuestionsWithTheSameMappingKeyOnBothSidesAreCompared() {
        List<GrowthComparison.Answer> entry = List.of(
                answer("GROWTH_ENTRY.v1", "SKILLS", QuestionKind.SCALE_10, "growth.competence.skills", 4),
                answer("GROWTH_ENTRY.v1", "TEAMWORK", QuestionKind.SCALE_5, "growth.competence.teamwork", 2),
                answer("GROWTH_ENTRY.v1", "UNMAPPED", QuestionKind.SCALE_5, null, 1));
        List<GrowthComparison.Answer> exit = List.of(
                answer("GROWTH_EXIT.v2", "SKILLS_5", QuestionKind.SCALE_5, "growth.competence.skills", 4),
                answer("GROWTH_EXIT.v2", "DEVELOPMENT_PLAN", QuestionKind.YES_NO, "growth.profession.plan", 1));

        GrowthComparison.Result result = GrowthComparison.compare(entry, exit);

        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.mappingKey()).isEqualTo("growth.competence.skills");
            assertThat(item.entryQuestion()).isEqualTo("GROWTH_ENTRY.v1/SKILLS");
            assertThat(item.exitQuestion()).isEqualTo("GROWTH_EXIT.v2/SKILLS_5");
            // 4 on 1–10 = (4−1)/9 = 33.3%; 4 on 1–5 = (4−1)/4 = 75%
            assertThat(item.entryShare()).isEqualTo(33.3);
            assertThat(item.exitShare()).isEqualTo(75.0);
            assertThat(item.change()).isEqualTo(41.7);
        });
        assertThat(result.notCompared()).containsExactlyInAnyOrder("GROWTH_ENTRY.v1/TEAMWORK",
                "GROWTH_ENTRY.v1/UNMAPPED", "GROWTH_EXIT.v2/DEVELOPMENT_PLAN");
    }

    @Test
    void yesNoIsComparedAsAShareAndNeverWithARating() {
        List<GrowthComparison.Answer> entry = List.of(
                answer("E.v1", "ACHIEVEMENTS", QuestionKind.YES_NO, "growth.profession.achievements", 0),
                answer("E.v1", "X", QuestionKind.YES_NO, "growth.x", 1));
        List<GrowthComparison.Answer> exit = List.of(
                answer("X.v1", "ACHIEVEMENTS", QuestionKind.YES_NO, "growth.profession.achievements", 1),
                answer("X.v1", "X", QuestionKind.SCALE_5, "growth.x", 5));

        GrowthComparison.Result result = GrowthComparison.compare(entry, exit);

        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.entryShare()).isZero();
            assertThat(item.exitShare()).isEqualTo(100.0);
        });
        assertThat(result.notCompared()).containsExactlyInAnyOrder("E.v1/X", "X.v1/X");
    }

    @Test
    void sharesStayWithinTheScaleForEveryScoreOfEveryScale() {
        long seed = System.nanoTime();
        System.out.println("GrowthComparisonTest seed " + seed);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 1000; i++) {
            QuestionKind before = random.nextBoolean() ? QuestionKind.SCALE_5 : QuestionKind.SCALE_10;
            QuestionKind after = random.nextBoolean() ? QuestionKind.SCALE_5 : QuestionKind.SCALE_10;
            int entryScore = 1 + random.nextInt(before.scaleMax());
            int exitScore = 1 + random.nextInt(after.scaleMax());
            GrowthComparison.Item item = GrowthComparison.compare(List.of(answer("E", "Q", before, "k", entryScore)),
                    List.of(answer("X", "Q", after, "k", exitScore))).items().getFirst();
            assertThat(item.entryShare()).as("seed %d", seed).isBetween(0.0, 100.0);
            assertThat(item.exitShare()).as("seed %d", seed).isBetween(0.0, 100.0);
            // the lowest and the highest score of any scale mean the same on every scale
            assertThat(entryScore == 1).isEqualTo(item.entryShare() == 0.0);
            assertThat(entryScore == before.scaleMax()).isEqualTo(item.entryShare() == 100.0);
        }
    }
}
