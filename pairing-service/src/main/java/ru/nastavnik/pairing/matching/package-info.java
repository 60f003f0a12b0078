/**
 * The matching engine (подбор наставнических пар): a pure, deterministic function from one school's candidates to
 * a proposal of pairs, solved as a min-cost flow and explained pair by pair.
 *
 * <p>The only entry point is {@link ru.nastavnik.pairing.matching.Matcher#propose(MatchingProblem)}; the input and
 * output are records. No Spring, no database, no clock, no I/O: whoever stores candidates and proposals feeds it
 * and keeps its answer. Everything except the input and output types is package-private so the cost model and the
 * graph can change without touching callers.
 */
package ru.nastavnik.pairing.matching;
