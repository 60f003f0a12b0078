package ru.nastavnik.registry.command;

/** The controlled list of mentee requests (запросы), as schools collect them; free text goes beside it. */
public enum MenteeRequest {
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

    MenteeRequest(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
