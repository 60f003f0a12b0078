package ru.nastavnik.pairing.proposals;

/** What the curator changed on the board; kept in the order it was done. */
public record Adjustment(Kind kind, String menteeId, String mentorId) {

    public enum Kind { PIN, UNPIN, BAN, UNBAN, HOLD_OUT, RETURN }
}
