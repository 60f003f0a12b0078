package ru.nastavnik.pairing.matching;

/** A pair fixed by the curator: the engine keeps it as is (after checking the hard rules) and fills around it. */
public record Pin(String menteeId, String mentorId) {
    public Pin {
        menteeId = Validation.id(menteeId, "pinned mentee id");
        mentorId = Validation.id(mentorId, "pinned mentor id");
    }
}
