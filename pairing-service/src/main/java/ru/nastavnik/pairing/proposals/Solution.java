package ru.nastavnik.pairing.proposals;

import java.util.List;

/**
 * A proposal as the board shows it and as its events keep it: each proposed pair with its score, the parts the
 * score is made of, and the best alternative with why it lost; each unmatched mentee with the reason; the value of
 * the whole. People by pseudonymous id; the texts are explanations, never anything a person wrote.
 */
public record Solution(List<SolvedPair> pairs, List<Unmatched> unmatched, Objective objective) {

    public Solution {
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    /**
     * @param alternative the best other mentor and why the chosen one won
     */
    public record SolvedPair(String menteeId, String mentorId, String form, String formTitle, boolean pinned, int score,
                             List<Part> parts, Alternative alternative) {
    }

    /** One criterion's points; the parts of a pair add up exactly to its score. */
    public record Part(String code, String title, int points, String detail) {
    }

    /**
     * @param kind    LOWER_SCORE, CAPACITY_TAKEN, EQUAL_SCORE, INELIGIBLE, NO_OTHER_MENTOR or PINNED
     * @param takenBy for CAPACITY_TAKEN, the mentees proposed or pinned into the alternative's places
     */
    public record Alternative(String kind, String mentorId, Integer score, String rule, String explanation,
                              List<String> takenBy) {
    }

    /**
     * @param kind        NO_ELIGIBLE_MENTOR, ALL_ELIGIBLE_FULL or EXCLUDED
     * @param fullMentors for ALL_ELIGIBLE_FULL, the best-scoring eligible mentors and who holds their places
     */
    public record Unmatched(String menteeId, String kind, String explanation, List<FullMentor> fullMentors) {
    }

    /** An eligible mentor without a free place: its score for the mentee, its places and who holds them. */
    public record FullMentor(String mentorId, int score, int capacity, int activeLoad, List<String> pinned,
                             List<String> proposed) {
    }

    public record Objective(String objective, int matched, long totalScore, int unmatched, int excluded, int pinned) {
    }
}
