package ru.nastavnik.roadmap.deadline;

/** What sort of deadline a roadmap row states. */
public enum DeadlineKind {
    /** «до 15.03.2024 г.», «декабрь 2021 г.», «I квартал 2023»: one or a few fixed dates. */
    FIXED("Фиксированный срок"),
    /** «ежегодно (ноябрь)», «ежеквартально», «май каждого года»: repeats over the period. */
    RECURRING("Повторяется"),
    /** «в течение учебного года», «постоянно»: ongoing, accounted for at the end. */
    ONGOING("В течение периода"),
    /** «в течение двух недель с даты определения модели»: counted from another event. */
    RELATIVE("Относительно другого события"),
    /** «при необходимости»: no date unless the need arises. */
    ON_DEMAND("При необходимости"),
    /** «в сроки, определяемые ФГАОУ ДПО …»: another organisation sets the date. */
    EXTERNAL("Определяется внешней организацией"),
    /** Nothing the platform can read: kept as typed, with a warning. */
    UNRECOGNIZED("Не распознан");

    private final String title;

    DeadlineKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
