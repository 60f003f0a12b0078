package ru.nastavnik.pairing.matching;

import java.util.List;

/**
 * Who holds a mentor's places after this proposal.
 *
 * @param capacity        the mentor's capacity
 * @param activeLoad      places held by active pairs (before this round)
 * @param pinnedMentees   mentees the curator pinned to the mentor in this round
 * @param proposedMentees mentees this proposal gives the mentor
 */
public record Places(int capacity, int activeLoad, List<String> pinnedMentees, List<String> proposedMentees) {

    public Places {
        pinnedMentees = List.copyOf(pinnedMentees);
        proposedMentees = List.copyOf(proposedMentees);
    }

    /** Places still free after the proposal (never negative: a load above capacity leaves none). */
    public int free() {
        return Math.max(0, capacity - activeLoad - pinnedMentees.size() - proposedMentees.size());
    }

    String describe() {
        return "мест " + capacity + ": действующие пары — " + activeLoad
                + ", закреплены куратором — " + pinnedMentees.size()
                + ", предложены в этом подборе — " + proposedMentees.size();
    }
}
