package ru.nastavnik.pairing.matching;

/**
 * Turns the lexicographic objective into one min-cost flow. Every open mentee sends one unit, either through a
 * mentor (arc cost {@code top − weight(score)}) or through its bypass arc (cost {@code bypass}), so
 * <pre>cost = rows·bypass − Σ_matched (bypass − top + weight(score))</pre>
 * and minimising cost maximises the bracket:
 * <ul>
 * <li>MOST_MATCHED_THEN_SCORE: weight = score, {@code bypass − top} = Σ over mentees of their best score + 1. Each
 *     extra match is then worth more than any total score can be, and among equally many matches the score decides.
 * <li>SCORE_ONLY: weight = score·(rows+1) + 1, {@code bypass = top}. A point of score is worth more than matching
 *     every mentee, so the score decides and the count of matches breaks its ties.
 * </ul>
 * All costs are non-negative. OR-Tools' cost scaling multiplies costs by about the node count, so the model refuses
 * (rather than overflow) an instance where {@code bypass·(nodes+1)} would not fit far inside int64.
 */
final class CostModel {

    private static final long HEADROOM = Long.MAX_VALUE / 64;

    private final Objective objective;
    private final long multiplier;
    private final long top;
    private final long bypass;

    private CostModel(Objective objective, long multiplier, long top, long bypass) {
        this.objective = objective;
        this.multiplier = multiplier;
        this.top = top;
        this.bypass = bypass;
    }

    /** The model for these arcs; only arcs to mentors with a free place ({@code usable}) count. */
    static CostModel of(Candidates candidates, boolean[] usable, Objective objective, int nodes) {
        int rows = candidates.rows();
        long maxScore = 0;
        long sumOfBest = 0;
        for (int r = 0; r < rows; r++) {
            long best = 0;
            for (int k = candidates.start[r]; k < candidates.start[r + 1]; k++) {
                if (usable[candidates.mentor[k]]) {
                    best = Math.max(best, candidates.score[k]);
                }
            }
            maxScore = Math.max(maxScore, best);
            sumOfBest += best;
        }
        CostModel model = switch (objective) {
            case MOST_MATCHED_THEN_SCORE -> new CostModel(objective, 1, maxScore, maxScore + sumOfBest + 1);
            case SCORE_ONLY -> {
                long multiplier = rows + 1L;
                long top = Math.addExact(Math.multiplyExact(maxScore, multiplier), 1);
                yield new CostModel(objective, multiplier, top, top);
            }
        };
        if (model.bypass > HEADROOM / (nodes + 1L)) {
            throw new IllegalStateException("costs of this instance would overflow the solver: bypass " + model.bypass
                    + " with " + nodes + " nodes");
        }
        return model;
    }

    long arcCost(int score) {
        return top - (score * multiplier + (objective == Objective.SCORE_ONLY ? 1 : 0));
    }

    long bypassCost() {
        return bypass;
    }
}
