package ru.nastavnik.pairing.matching;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Solves the assignment as a min-cost flow with OR-Tools. Nodes: the open mentees (rows, supply 1 each), then the
 * mentors, then the sink (demand = rows). Arcs: mentee → each eligible mentor with a free place (capacity 1),
 * mentee → sink (the bypass, "unmatched"), mentor → sink (capacity = free places). The source of the textbook graph
 * is replaced by the mentees' supplies: the same flows with one arc per mentee fewer. Arcs are added in row order
 * and, inside a row, in mentor order, so the same instance always gives the solver the same graph.
 */
final class FlowSolver {

    static final int UNMATCHED = -1;

    /**
     * @param assigned    per row, the mentor index, or {@link #UNMATCHED}
     * @param optimalCost the solver's optimal cost (comparable with any other solver under the same {@link CostModel})
     * @param arcs        arcs in the graph
     * @param buildNanos  time to build the graph
     * @param solveNanos  time to solve and read the flow back
     */
    record Result(int[] assigned, long optimalCost, int arcs, long buildNanos, long solveNanos) {
    }

    private FlowSolver() {
    }

    static Result solve(Candidates candidates, int[] freePlaces, Objective objective) {
        int rows = candidates.rows();
        int mentors = freePlaces.length;
        int[] assigned = new int[rows];
        java.util.Arrays.fill(assigned, UNMATCHED);
        if (rows == 0) {
            return new Result(assigned, 0, 0, 0, 0);
        }
        NativeLibrary.ensureLoaded();
        long started = System.nanoTime();
        boolean[] usable = new boolean[mentors];
        int usableMentors = 0;
        for (int j = 0; j < mentors; j++) {
            usable[j] = freePlaces[j] > 0;
            usableMentors += usable[j] ? 1 : 0;
        }
        int sink = rows + mentors;
        CostModel costs = CostModel.of(candidates, usable, objective, sink + 1);
        int reserve = candidates.size() + rows + usableMentors;
        MinCostFlow flow = new MinCostFlow(sink + 1, reserve);
        try {
            int[] rowArcs = new int[rows + 1];
            int arcs = 0;
            for (int r = 0; r < rows; r++) {
                rowArcs[r] = arcs;
                for (int k = candidates.start[r]; k < candidates.start[r + 1]; k++) {
                    int mentor = candidates.mentor[k];
                    if (usable[mentor]) {
                        flow.addArcWithCapacityAndUnitCost(r, rows + mentor, 1, costs.arcCost(candidates.score[k]));
                        arcs++;
                    }
                }
                flow.addArcWithCapacityAndUnitCost(r, sink, 1, costs.bypassCost());
                arcs++;
                flow.setNodeSupply(r, 1);
            }
            rowArcs[rows] = arcs;
            for (int j = 0; j < mentors; j++) {
                if (usable[j]) {
                    flow.addArcWithCapacityAndUnitCost(rows + j, sink, freePlaces[j], 0);
                    arcs++;
                }
            }
            flow.setNodeSupply(sink, -rows);
            long built = System.nanoTime();

            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                // every mentee can always take its bypass, so anything but OPTIMAL is a bug or a cost overflow
                throw new IllegalStateException("min-cost flow ended " + status);
            }
            for (int r = 0; r < rows; r++) {
                int bypassArc = rowArcs[r + 1] - 1;
                if (flow.getFlow(bypassArc) > 0) {
                    continue;
                }
                int arc = rowArcs[r];
                for (int k = candidates.start[r]; k < candidates.start[r + 1]; k++) {
                    int mentor = candidates.mentor[k];
                    if (!usable[mentor]) {
                        continue;
                    }
                    if (flow.getFlow(arc) > 0) {
                        assigned[r] = mentor;
                        break;
                    }
                    arc++;
                }
                if (assigned[r] == UNMATCHED) {
                    throw new IllegalStateException("row " + r + " sends its unit nowhere");
                }
            }
            long optimalCost = flow.getOptimalCost();
            return new Result(assigned, optimalCost, arcs, built - started, System.nanoTime() - built);
        } finally {
            flow.delete();
        }
    }
}
