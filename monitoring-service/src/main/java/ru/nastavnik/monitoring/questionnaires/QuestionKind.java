package ru.nastavnik.monitoring.questionnaires;

/** How a question is answered: a rating on a scale of 1–5 or 1–10, yes or no, one option of a list, or free text. */
public enum QuestionKind {
    SCALE_5(5), SCALE_10(10), YES_NO(1), CHOICE(0), TEXT(0);

    private final int scaleMax;

    QuestionKind(int scaleMax) {
        this.scaleMax = scaleMax;
    }

    /** The highest score (1 for yes-no: «да» = 1, «нет» = 0); 0 for choice and text. */
    public int scaleMax() {
        return scaleMax;
    }

    public boolean rated() {
        return this == SCALE_5 || this == SCALE_10;
    }
}
