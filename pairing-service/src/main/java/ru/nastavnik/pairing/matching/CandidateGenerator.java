package ru.nastavnik.pairing.matching;

/**
 * Produces the eligible arcs: one row per open mentee, in {@link Instance#open()} order. The real one is
 * {@link CandidateIndex}; a benchmark may prepare arcs itself (e.g. "mentors of nearby schools").
 */
@FunctionalInterface
interface CandidateGenerator {
    Candidates generate(Instance instance, Scorer scorer);
}
