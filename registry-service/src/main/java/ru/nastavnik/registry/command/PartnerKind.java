package ru.nastavnik.registry.command;

/** What kind of organisation a partner is (организация-партнёр). */
public enum PartnerKind {
    ENTERPRISE("Предприятие, работодатель"),
    COLLEGE("Колледж или вуз"),
    NGO("Некоммерческая организация"),
    CULTURE_SPORT("Учреждение культуры или спорта"),
    OTHER("Другая организация");

    private final String title;

    PartnerKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
