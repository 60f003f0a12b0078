package ru.nastavnik.pairing.matching;

/** What the proposal optimises, both lexicographic so that the second goal only breaks ties of the first. */
public enum Objective {
    /** As many mentees matched as possible; among those assignments the highest total score. */
    MOST_MATCHED_THEN_SCORE,
    /** The highest total score; among those assignments the most mentees matched. */
    SCORE_ONLY
}
