package ru.nastavnik.registry.command;

/** What is shared with the municipality. */
public enum PublicationKind {
    /** Банк эффективных практик наставничества: a case that worked, with its results. */
    PRACTICE("Практика"),
    /** База программ наставничества: a school's programme for a form of mentoring and a period. */
    PROGRAMME("Программа наставничества");

    private final String title;

    PublicationKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
