package ru.nastavnik.pairing.matching;

/** Where a mentor stands in the selection (отбор наставников): only {@link #SELECTED} mentors get mentees. */
public enum Selection {
    CANDIDATE,
    SELECTED,
    NOT_SELECTED
}
