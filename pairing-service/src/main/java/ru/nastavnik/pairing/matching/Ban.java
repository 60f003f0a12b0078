package ru.nastavnik.pairing.matching;

/**
 * A pair the engine must never propose: a curator's veto, or the previous mentor when a mentee is re-paired
 * («без прежнего наставника»).
 */
public record Ban(String menteeId, String mentorId) {
    public Ban {
        menteeId = Validation.id(menteeId, "banned mentee id");
        mentorId = Validation.id(mentorId, "banned mentor id");
    }
}
