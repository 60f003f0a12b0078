package ru.nastavnik.pairing.pairs;

/** Where a pair or group is: formed by the curator, fixed by the head's order (active), completed or ended early. */
public enum PairStatus {
    CONFIRMED("Ждёт приказа"),
    ACTIVE("Работает"),
    COMPLETED("Завершена"),
    DISSOLVED("Расформирована");

    private final String title;

    PairStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public boolean isOpen() {
        return this == CONFIRMED || this == ACTIVE;
    }
}
