package ru.nastavnik.contracts.pairing;

/** The meetings of a pair in the order the methodology sets them. */
public enum MeetingKind {
    INTRODUCTION("Встреча-знакомство"),
    TRIAL("Пробная встреча"),
    PLANNING("Встреча-планирование"),
    WORKING("Рабочая встреча"),
    FINAL("Итоговая встреча");

    private final String title;

    MeetingKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
