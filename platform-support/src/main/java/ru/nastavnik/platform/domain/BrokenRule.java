package ru.nastavnik.platform.domain;

/**
 * A rule of the domain said no. Aggregates and domain services throw it with a stable code and a Russian message a
 * person understands; they know nothing of HTTP. The edge ({@code ProblemDetailsAdvice}) turns the nature into a
 * status once, for every service.
 */
public class BrokenRule extends RuntimeException {

    /** What kind of "no" this is. */
    public enum Nature {
        /** The thing is not in a state that allows this now (a pair already completed). */
        STATE,
        /** The request can never succeed as written (a score of 7). */
        INVALID,
        /** The caller may not know that the thing exists (another school's pair). */
        NOT_VISIBLE,
        /** The caller sees the thing but may not do this to it. */
        NOT_ALLOWED
    }

    private final Nature nature;
    private final String code;

    public BrokenRule(Nature nature, String code, String message) {
        super(message);
        this.nature = nature;
        this.code = code;
    }

    public static BrokenRule state(String code, String message) {
        return new BrokenRule(Nature.STATE, code, message);
    }

    public static BrokenRule invalid(String code, String message) {
        return new BrokenRule(Nature.INVALID, code, message);
    }

    public static BrokenRule notVisible(String message) {
        return new BrokenRule(Nature.NOT_VISIBLE, "not-found", message);
    }

    public static BrokenRule notAllowed(String code, String message) {
        return new BrokenRule(Nature.NOT_ALLOWED, code, message);
    }

    public Nature nature() {
        return nature;
    }

    public String code() {
        return code;
    }
}
