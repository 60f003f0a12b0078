package ru.nastavnik.pairing.matching;

/** A criterion of a pair's score; {@link #name()} is its code, {@link #title()} what the curator reads. */
public enum Criterion {
    REQUESTS_MET("Запросы наставляемого, которые закрывают компетенции наставника"),
    PREFERRED_FORM("Наставник выбрал эту форму наставничества"),
    GRADE_GAP("Разница в классах"),
    TRAINED("Наставник прошёл обучение"),
    NO_ACTIVE_PAIRS("У наставника пока нет действующих пар");

    private final String title;

    Criterion(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
