package ru.nastavnik.pairing.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A proposal on the board: the solution, what the curator pinned, banned and held out, and how the last change
 * moved the objective.
 *
 * @param previousObjective the objective before the last adjustment, null for a fresh proposal
 */
public record ProposalView(String id, String schoolId, String form, String formTitle, String status, long version,
                           List<String> scope, boolean repairing, Map<String, String> pins, List<Adjustment> bans,
                           List<String> heldOut, Solution solution, Solution.Objective previousObjective,
                           Instant createdAt, Instant updatedAt) {
}
