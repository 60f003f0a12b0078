package ru.nastavnik.contracts.pairing;

/** Why a pair or group ended before its completion, or why a mentee left a group. */
public enum PairEndReason {
    NOT_A_GOOD_FIT("Пара не сложилась"),
    MENTEE_LEFT("Наставляемый выбыл"),
    MENTOR_LEFT("Наставник выбыл"),
    CONSENT_WITHDRAWN("Отозвано согласие на обработку данных"),
    OTHER("Другая причина");

    private final String title;

    PairEndReason(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
