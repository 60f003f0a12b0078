package ru.nastavnik.pairing.matching;

/**
 * Proposes mentoring pairs for one school: the hard rules decide who may mentor whom, a min-cost flow finds the
 * best assignment under the chosen objective, and every pair and every unmatched mentee comes with its reasons.
 * Pure and deterministic: the same problem (in any order of its lists) gives an equal proposal.
 */
public final class Matcher {

    private Matcher() {
    }

    /**
     * @throws MatchingRuleViolation    when a pin breaks a hard rule, overfills a mentor or names an unknown person
     * @throws IllegalArgumentException when the input is malformed (duplicate ids)
     */
    public static Proposal propose(MatchingProblem problem) {
        return run(problem, new CandidateIndex()).proposal();
    }

    /** One run with its intermediate results and stage times, for tests and benchmarks. */
    static Run run(MatchingProblem problem, CandidateGenerator generator) {
        long started = System.nanoTime();
        Instance instance = Instance.of(problem);
        Scorer scorer = new Scorer(instance);
        Candidates candidates = generator.generate(instance, scorer);
        long generated = System.nanoTime();
        int[] freePlaces = new int[instance.mentorCount()];
        for (int j = 0; j < freePlaces.length; j++) {
            freePlaces[j] = instance.freePlaces(j);
        }
        FlowSolver.Result flow = FlowSolver.solve(candidates, freePlaces, problem.settings().objective());
        long solved = System.nanoTime();
        Proposal proposal = new Explainer(instance, scorer, candidates, flow.assigned()).proposal();
        long explained = System.nanoTime();
        return new Run(proposal, instance, candidates, freePlaces, flow, generated - started, explained - solved);
    }

    /**
     * @param candidatesNanos checking the input, applying pins, generating and scoring the arcs
     * @param explainNanos    building the proposal and its explanations
     */
    record Run(Proposal proposal, Instance instance, Candidates candidates, int[] freePlaces, FlowSolver.Result flow,
               long candidatesNanos, long explainNanos) {
    }
}
