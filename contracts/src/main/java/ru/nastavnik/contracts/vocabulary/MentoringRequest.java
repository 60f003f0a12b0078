package ru.nastavnik.contracts.vocabulary;

/**
 * The controlled list of what mentoring is asked for and offered: a mentee's requests (запросы) and a mentor's
 * competencies use the same codes, so that "a request met by a competency" is a plain comparison. Free text goes
 * beside it in the registry and never crosses Kafka.
 */
public enum MentoringRequest {
    ACADEMIC_PERFORMANCE("Повышение успеваемости"),
    OLYMPIAD("Подготовка к олимпиадам и конкурсам"),
    PROJECT("Проектная и исследовательская деятельность"),
    CAREER_GUIDANCE("Профессиональная ориентация"),
    ADAPTATION("Адаптация в коллективе"),
    COMMUNICATION("Развитие коммуникативных навыков"),
    LEADERSHIP("Развитие лидерских качеств"),
    METHODOLOGY("Методическая помощь педагогу"),
    CLASSROOM_MANAGEMENT("Работа с классом и дисциплина"),
    DIGITAL_TOOLS("Цифровые образовательные инструменты");

    private final String title;

    MentoringRequest(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
