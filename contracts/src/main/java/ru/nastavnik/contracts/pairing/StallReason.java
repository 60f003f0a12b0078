package ru.nastavnik.contracts.pairing;

/** Why an active pair is counted as stalled. */
public enum StallReason {
    NO_FIRST_MEETING("Нет первой встречи через 14 дней после приказа"),
    NO_RECENT_MEETING("Давно не было встреч"),
    FEEDBACK_MISSING("Нет обратной связи по рабочей встрече через 7 дней"),
    NOT_A_GOOD_FIT("В обратной связи сказано, что пара не сложилась");

    private final String title;

    StallReason(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
