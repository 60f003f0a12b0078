package ru.nastavnik.monitoring.questionnaires;

import java.util.LinkedHashMap;
import java.util.Map;

import ru.nastavnik.platform.domain.BrokenRule;

/**
 * Answers read against the very template version they are given under: every code must be a question of that
 * version, every required question answered, a rating within its scale, yes-no as {@code YES}/{@code NO}, a choice
 * one of the question's options, a text at most 2,000 characters. Pure: nothing is written until all of it holds.
 *
 * @param scores   rated and yes-no answers (yes = 1, no = 0) by question code
 * @param choices  chosen option codes by question code
 * @param texts    free texts by question code (personal data: never logged)
 */
record AnswerSheet(Map<String, Integer> scores, Map<String, String> choices, Map<String, String> texts) {

    static final int MAX_TEXT = 2000;

    static AnswerSheet read(Template template, Map<String, String> given) {
        Map<String, String> answers = given == null ? Map.of() : given;
        for (String code : answers.keySet()) {
            if (template.question(code).isEmpty()) {
                throw BrokenRule.invalid("unknown-question", "В анкете «" + template.title() + "» нет вопроса с кодом "
                        + shortened(code));
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Template.Question question : template.questions()) {
            String value = answers.get(question.code());
            value = value == null ? null : value.strip();
            if (value == null || value.isEmpty()) {
                if (question.required()) {
                    throw BrokenRule.invalid("answer-missing", "Ответьте на вопрос " + question.position() + ": «"
                            + question.text() + "»");
                }
                continue;
            }
            switch (question.kind()) {
                case SCALE_5, SCALE_10 -> scores.put(question.code(), rating(question, value));
                case YES_NO -> scores.put(question.code(), switch (value) {
                    case "YES" -> 1;
                    case "NO" -> 0;
                    default -> throw BrokenRule.invalid("answer-invalid", "На вопрос " + question.position()
                            + " ответьте «да» (YES) или «нет» (NO)");
                });
                case CHOICE -> {
                    String chosen = value;
                    if (question.options().stream().noneMatch(option -> option.code().equals(chosen))) {
                        throw BrokenRule.invalid("answer-invalid", "На вопрос " + question.position()
                                + " выберите один из предложенных вариантов");
                    }
                    choices.put(question.code(), chosen);
                }
                case TEXT -> {
                    if (value.length() > MAX_TEXT) {
                        throw BrokenRule.invalid("answer-too-long", "Ответ на вопрос " + question.position()
                                + " — не длиннее " + MAX_TEXT + " символов");
                    }
                    texts.put(question.code(), value);
                }
            }
        }
        return new AnswerSheet(Map.copyOf(scores), Map.copyOf(choices), Map.copyOf(texts));
    }

    private static int rating(Template.Question question, String value) {
        int max = question.kind().scaleMax();
        try {
            int score = Integer.parseInt(value);
            if (score >= 1 && score <= max) {
                return score;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw BrokenRule.invalid("answer-invalid", "Оценка на вопрос " + question.position() + " — целое число от 1 до "
                + max);
    }

    private static String shortened(String code) {
        return code.length() > 64 ? code.substring(0, 64) + "…" : code;
    }
}
