package ru.nastavnik.pairing.pairs;

/** What a completed pair achieved. */
public enum Outcome {
    GOAL_REACHED("Цель достигнута"),
    PARTLY_REACHED("Цель достигнута частично"),
    NOT_REACHED("Цель не достигнута");

    private final String title;

    Outcome(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
