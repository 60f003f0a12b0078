package ru.nastavnik.registry.command;

import java.util.List;
import java.util.Optional;

/**
 * The questionnaire a potential mentor fills in (анкета потенциального наставника), versioned: answers keep the
 * version they were given under, so a later change of questions does not mix them up.
 */
public final class MentorQuestionnaire {

    public static final String VERSION = "mentor-intake-v1";

    /** TEXT answers are the person's own words (sealed); SCALE answers are 1–5 and count in clear. */
    public enum Kind { TEXT, SCALE }

    public record Question(String code, String text, Kind kind) {
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("motivation", "Почему вы хотите стать наставником?", Kind.TEXT),
            new Question("experience", "Какой у вас опыт наставничества, руководства проектами, кружками?", Kind.TEXT),
            new Question("topics", "С какими запросами наставляемых вы готовы работать?", Kind.TEXT),
            new Question("hours", "Сколько часов в неделю вы готовы уделять наставничеству?", Kind.SCALE),
            new Question("readiness", "Оцените свою готовность стать наставником (1 — не готов, 5 — полностью)",
                    Kind.SCALE));

    private MentorQuestionnaire() {
    }

    public static Optional<Question> question(String code) {
        return QUESTIONS.stream().filter(question -> question.code().equals(code)).findFirst();
    }
}
