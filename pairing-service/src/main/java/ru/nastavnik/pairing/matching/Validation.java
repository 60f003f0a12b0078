package ru.nastavnik.pairing.matching;

/** Checks of malformed input: these are the caller's bugs, so they throw {@link IllegalArgumentException}. */
final class Validation {

    static final int MIN_GRADE = 1;
    static final int MAX_GRADE = 11;

    private Validation() {
    }

    static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    static void grade(Integer grade, String owner) {
        if (grade != null && (grade < MIN_GRADE || grade > MAX_GRADE)) {
            throw new IllegalArgumentException(owner + ": grade must be 1–11, was " + grade);
        }
    }

    static int weight(int value, String what) {
        // an upper bound keeps every flow cost far inside int64 even after OR-Tools scales costs by the node count
        if (value < 0 || value > Weights.MAX_WEIGHT) {
            throw new IllegalArgumentException(what + " must be 0–" + Weights.MAX_WEIGHT + ", was " + value);
        }
        return value;
    }
}
