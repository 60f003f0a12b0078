package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver's (matched, total score) equals the lexicographic optimum found by enumerating every feasible
 * assignment, under both objectives, on {@value #INSTANCES} random small schools (up to 7 mentees × 4 mentors,
 * capacities 1–3 (active pairs take some), random categories, grades, requests, weights, pins, bans and exclusions). Each instance has its own seed,
 * shown in the test name and in every failure.
 */
class MatchingBruteForceTest {

    static final int INSTANCES = 500;

    private static int nonTrivial;
    private static int objectivesDisagree;
    private static long assignments;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, INSTANCES);
    }

    static MatchingProblem instance(long seed) {
        Random sizes = new Random(seed * 31 + 7);
        // a fifth has every category (rules that exclude), two fifths compete for places under all the rules,
        // two fifths under uneven bans and request-only scores (where the objectives disagree)
        RandomInstances.Mix mix = switch ((int) (seed % 5)) {
            case 0 -> RandomInstances.Mix.VARIED;
            case 1, 2 -> RandomInstances.Mix.DENSE;
            default -> RandomInstances.Mix.CONFLICT;
        };
        // every third instance has single places only: the tightest competition, where the objectives part ways
        int maxCapacity = seed % 3 == 1 ? 1 : 3;
        return RandomInstances.school(seed, mix, 2 + sizes.nextInt(6), 1 + sizes.nextInt(4), 1, maxCapacity, 5);
    }

    @BeforeAll
    static void reset() {
        nonTrivial = 0;
        objectivesDisagree = 0;
        assignments = 0;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSolverFindsTheLexicographicOptimum(long seed) {
        MatchingProblem base = instance(seed);
        BruteForce brute = BruteForce.of(base);
        assignments += brute.assignmentsTried();
        for (Objective objective : Objective.values()) {
            MatchingProblem problem = base.withSettings(base.settings().withObjective(objective));

            Proposal proposal = Matcher.propose(problem);

            String context = "seed " + seed + ", " + objective;
            assertThat(new BruteForce.Optimum(proposal.objective().matched(), proposal.objective().totalScore()))
                    .as(context).isEqualTo(brute.optimum(objective));
            ProposalChecks.assertValid(problem, proposal, context);
        }
        if (brute.assignmentsTried() > 1) {
            nonTrivial++;
        }
        if (!brute.optimum(Objective.MOST_MATCHED_THEN_SCORE).equals(brute.optimum(Objective.SCORE_ONLY))) {
            objectivesDisagree++;
        }
    }

    /** Guards the generator: the comparison means little if most instances have one possible assignment. */
    @Test
    void theInstancesAreNotTrivial() {
        int choices = 0;
        int disagree = 0;
        for (long seed = 1; seed <= INSTANCES; seed++) {
            BruteForce brute = BruteForce.of(instance(seed));
            choices += brute.assignmentsTried() > 1 ? 1 : 0;
            disagree += brute.optimum(Objective.MOST_MATCHED_THEN_SCORE).equals(brute.optimum(Objective.SCORE_ONLY)) ? 0 : 1;
        }
        assertThat(choices).as("instances with a choice").isGreaterThan(INSTANCES / 2);
        assertThat(disagree).as("instances where the objectives differ").isGreaterThanOrEqualTo(5);
    }

    @AfterAll
    static void report() {
        System.out.printf("brute force: %d instances × 2 objectives, %d with a choice, %d where the objectives"
                + " differ, %d assignments enumerated%n", INSTANCES, nonTrivial, objectivesDisagree, assignments);
    }
}
