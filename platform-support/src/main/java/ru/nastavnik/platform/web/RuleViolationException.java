package ru.nastavnik.platform.web;

/**
 * A command broke a business rule. Answered as 409 (a state conflict), 422 (a request that can
 * never succeed as written), 403 (the document is visible to the caller but not theirs to change) or 503 (the
 * service has too much work queued to take this now; it may be sent again later), with the Russian message shown
 * to the user as it is.
 */
public class RuleViolationException extends RuntimeException {

    public enum Kind { CONFLICT, UNPROCESSABLE, FORBIDDEN, BUSY }

    private final String code;
    private final Kind kind;

    public RuleViolationException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static RuleViolationException conflict(String code, String message) {
        return new RuleViolationException(Kind.CONFLICT, code, message);
    }

    public static RuleViolationException unprocessable(String code, String message) {
        return new RuleViolationException(Kind.UNPROCESSABLE, code, message);
    }

    public static RuleViolationException forbidden(String code, String message) {
        return new RuleViolationException(Kind.FORBIDDEN, code, message);
    }

    public static RuleViolationException busy(String code, String message) {
        return new RuleViolationException(Kind.BUSY, code, message);
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
