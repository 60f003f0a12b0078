package ru.nastavnik.pairing.pairs;

/** How a pair meets (формат взаимодействия). */
public enum InteractionFormat {
    IN_PERSON("Очно"),
    REMOTE("Дистанционно"),
    MIXED("Смешанный");

    private final String title;

    InteractionFormat(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
