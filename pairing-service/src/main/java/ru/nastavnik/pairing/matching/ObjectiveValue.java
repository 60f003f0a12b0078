package ru.nastavnik.pairing.matching;

/**
 * The proposal's value under its objective.
 *
 * @param objective  what was optimised
 * @param matched    pairs in the proposal, pinned ones included
 * @param totalScore the sum of the pairs' scores, pinned ones included
 * @param unmatched  mentees of the round left without a mentor (excluded ones not counted)
 * @param excluded   mentees the curator took out of the round
 * @param pinned     pairs fixed by the curator
 */
public record ObjectiveValue(Objective objective, int matched, long totalScore, int unmatched, int excluded, int pinned) {
}
