package ru.nastavnik.monitoring.questionnaires;

import java.util.List;
import java.util.Optional;

/**
 * One version of a questionnaire template with its questions in order.
 *
 * @param audience MENTOR, MENTEE, CURATOR or PARTICIPANT (a mentor or a mentee: the growth questionnaires)
 * @param form     the form of mentoring a mentee's questionnaire is written for, else null
 */
public record Template(String id, String code, int version, String purpose, String audience, String form,
                       String title, String description, List<Question> questions) {

    public static final String PROCESS_QUALITY = "PROCESS_QUALITY";
    public static final String GROWTH_ENTRY = "GROWTH_ENTRY";
    public static final String GROWTH_EXIT = "GROWTH_EXIT";

    /**
     * @param options     the choices of a CHOICE question, else empty
     * @param mappingKey  what the question asks across versions and between entry and exit; null: never compared
     * @param growthArea  MOTIVATION, COMPETENCE or PROFESSION for growth questions, else null
     * @param satisfaction a satisfaction score feeding MENTOR_SATISFACTION / MENTEE_SATISFACTION
     */
    public record Question(String code, int position, QuestionKind kind, String text, List<Option> options,
                           String mappingKey, String growthArea, boolean satisfaction, boolean required) {
    }

    public record Option(String code, String title) {
    }

    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(question -> question.code().equals(questionCode)).findFirst();
    }
}
