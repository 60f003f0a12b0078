package ru.nastavnik.monitoring.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a person's entry and exit answers only on questions mapped across versions: the same mapping key on both
 * sides. Scales may differ between versions (1–10 at entry, 1–5 at exit), so each answer is placed on its own scale
 * as a share: (score − 1) ÷ (maximum − 1) × 100 for a rating, 100 for «да» and 0 for «нет». A question on one side
 * only, or with no mapping key, is listed as not compared. Pure.
 */
final class GrowthComparison {

    private GrowthComparison() {
    }

    /** One numeric answer with what it answered. */
    record Answer(String templateId, String questionCode, String questionText, QuestionKind kind, String mappingKey,
                  String growthArea, int score) {

        double share() {
            return kind == QuestionKind.YES_NO ? score * 100.0 : (score - 1) * 100.0 / (kind.scaleMax() - 1);
        }
    }

    record Item(String mappingKey, String growthArea, String entryQuestion, String exitQuestion, String entryText,
                String exitText, int entryScore, int entryScaleMax, int exitScore, int exitScaleMax, double entryShare,
                double exitShare, double change) {
    }

    /** @param notCompared "templateId/questionCode" of the answers that have no counterpart on the other side */
    record Result(List<Item> items, List<String> notCompared) {
    }

    static Result compare(List<Answer> entry, List<Answer> exit) {
        Map<String, Answer> exitByKey = new LinkedHashMap<>();
        List<String> notCompared = new ArrayList<>();
        for (Answer answer : exit) {
            if (answer.mappingKey() == null || answer.kind().scaleMax() == 0) {
                notCompared.add(answer.templateId() + "/" + answer.questionCode());
            } else {
                exitByKey.put(answer.mappingKey(), answer);
            }
        }
        List<Item> items = new ArrayList<>();
        Map<String, Boolean> matched = new LinkedHashMap<>();
        for (Answer before : entry) {
            Answer after = before.mappingKey() == null ? null : exitByKey.get(before.mappingKey());
            if (after == null || before.kind().scaleMax() == 0 || (before.kind() == QuestionKind.YES_NO)
                    != (after.kind() == QuestionKind.YES_NO)) {
                notCompared.add(before.templateId() + "/" + before.questionCode());
                continue;
            }
            matched.put(after.mappingKey(), true);
            items.add(new Item(before.mappingKey(), before.growthArea(), before.templateId() + "/" + before.questionCode(),
                    after.templateId() + "/" + after.questionCode(), before.questionText(), after.questionText(),
                    before.score(), before.kind().scaleMax(), after.score(), after.kind().scaleMax(),
                    round(before.share()), round(after.share()), round(after.share() - before.share())));
        }
        exitByKey.forEach((key, answer) -> {
            if (!matched.containsKey(key)) {
                notCompared.add(answer.templateId() + "/" + answer.questionCode());
            }
        });
        return new Result(List.copyOf(items), List.copyOf(notCompared));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
