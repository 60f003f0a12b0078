package ru.nastavnik.registry.command;

/** Where a potential mentor is in selection (отбор наставников). */
public enum MentorSelection {
    CANDIDATE("Кандидат"),
    SELECTED("Отобран"),
    NOT_SELECTED("Не отобран");

    private final String title;

    MentorSelection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
