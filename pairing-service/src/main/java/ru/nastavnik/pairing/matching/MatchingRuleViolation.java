package ru.nastavnik.pairing.matching;

/**
 * The curator asked for something the rules forbid (a pin that breaks a hard rule or overfills a mentor). The
 * message is Russian and meant for the curator; {@link #code()} is for the caller to map (e.g. to HTTP 422).
 */
public class MatchingRuleViolation extends RuntimeException {

    public enum Code {
        PIN_BREAKS_RULE,
        PIN_OVERFILLS_MENTOR,
        PIN_UNKNOWN_MENTEE,
        PIN_UNKNOWN_MENTOR,
        PIN_DUPLICATE_MENTEE,
        PIN_EXCLUDED_MENTEE
    }

    private final Code code;
    private final Rule rule;

    MatchingRuleViolation(Code code, Rule rule, String message) {
        super(message);
        this.code = code;
        this.rule = rule;
    }

    public Code code() {
        return code;
    }

    /** The hard rule the pin breaks, {@code null} when the violation is not about a rule (capacity, unknown ids). */
    public Rule rule() {
        return rule;
    }
}
