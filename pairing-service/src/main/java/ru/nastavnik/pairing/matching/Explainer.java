package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * Turns the solver's assignment into the proposal, explaining every decision from the same arcs and scores the
 * solver saw. Optimality makes some explanations certain (an unmatched mentee's eligible mentors are all full; a
 * better-scoring alternative is full), and the explainer checks that rather than trust it: a violation means the
 * solver's answer was not optimal, which must never be shown as an explanation.
 */
final class Explainer {

    /** How many of the best full mentors an unmatched mentee's reason lists. */
    static final int FULL_MENTORS_SHOWN = 5;

    private final Instance instance;
    private final Scorer scorer;
    private final Candidates candidates;
    private final int[] assigned;
    private final Places[] places;

    Explainer(Instance instance, Scorer scorer, Candidates candidates, int[] assigned) {
        this.instance = instance;
        this.scorer = scorer;
        this.candidates = candidates;
        this.assigned = assigned;
        this.places = places();
    }

    private Places[] places() {
        int mentors = instance.mentorCount();
        List<List<String>> proposed = new ArrayList<>(mentors);
        for (int j = 0; j < mentors; j++) {
            proposed.add(new ArrayList<>());
        }
        int[] open = instance.open();
        for (int r = 0; r < open.length; r++) {
            if (assigned[r] != FlowSolver.UNMATCHED) {
                // rows ascend by mentee id, so every list comes out sorted
                proposed.get(assigned[r]).add(instance.mentee(open[r]).id());
            }
        }
        Places[] result = new Places[mentors];
        for (int j = 0; j < mentors; j++) {
            Mentor mentor = instance.mentor(j);
            List<String> pinned = Arrays.stream(instance.pinnedMentees(j)).mapToObj(i -> instance.mentee(i).id()).toList();
            result[j] = new Places(mentor.capacity(), mentor.activeLoad(), pinned, proposed.get(j));
        }
        return result;
    }

    Proposal proposal() {
        List<ProposedPair> pairs = new ArrayList<>();
        List<UnmatchedMentee> unmatched = new ArrayList<>();
        int[] rowOf = new int[instance.menteeCount()];
        Arrays.fill(rowOf, -1);
        int[] open = instance.open();
        for (int r = 0; r < open.length; r++) {
            rowOf[open[r]] = r;
        }
        long totalScore = 0;
        int pinned = 0;
        int excluded = 0;
        for (int i = 0; i < instance.menteeCount(); i++) {
            String menteeId = instance.mentee(i).id();
            if (instance.isExcluded(i)) {
                unmatched.add(new UnmatchedMentee(menteeId, new UnmatchedReason.Excluded()));
                excluded++;
            } else if (instance.pinnedMentor(i) >= 0) {
                ProposedPair pair = pair(i, instance.pinnedMentor(i), true, new Alternative.Pinned());
                pairs.add(pair);
                totalScore += pair.score().total();
                pinned++;
            } else if (assigned[rowOf[i]] == FlowSolver.UNMATCHED) {
                unmatched.add(new UnmatchedMentee(menteeId, unmatchedReason(i, rowOf[i])));
            } else {
                int mentor = assigned[rowOf[i]];
                int chosenScore = scorer.total(i, mentor);
                ProposedPair pair = pair(i, mentor, false, alternative(i, rowOf[i], mentor, chosenScore));
                pairs.add(pair);
                totalScore += pair.score().total();
            }
        }
        ObjectiveValue objective = new ObjectiveValue(instance.settings().objective(), pairs.size(), totalScore,
                unmatched.size() - excluded, excluded, pinned);
        return new Proposal(instance.form(), pairs, unmatched, objective);
    }

    private ProposedPair pair(int mentee, int mentor, boolean pinned, Alternative alternative) {
        MentoringForm form = Eligibility.formOf(instance.mentor(mentor).category(), instance.mentee(mentee).category());
        return new ProposedPair(instance.mentee(mentee).id(), instance.mentor(mentor).id(), form, pinned,
                scorer.score(mentee, mentor), alternative);
    }

    private Alternative alternative(int mentee, int row, int chosen, int chosenScore) {
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int k = candidates.start[row]; k < candidates.start[row + 1]; k++) {
            // mentors ascend within a row, so a strict comparison keeps the lowest id among equal scores
            if (candidates.mentor[k] != chosen && candidates.score[k] > bestScore) {
                best = candidates.mentor[k];
                bestScore = candidates.score[k];
            }
        }
        if (best < 0) {
            return nearestMiss(mentee, chosen);
        }
        String mentorId = instance.mentor(best).id();
        boolean full = places[best].free() == 0;
        if (bestScore > chosenScore && !full) {
            throw new IllegalStateException("not optimal: mentor " + mentorId + " scores " + bestScore
                    + " for mentee " + instance.mentee(mentee).id() + " (chosen " + chosenScore + ") and has a free place");
        }
        if (bestScore >= chosenScore && full) {
            return new Alternative.CapacityTaken(mentorId, scorer.score(mentee, best), chosenScore, places[best]);
        }
        if (bestScore == chosenScore) {
            return new Alternative.EqualScore(mentorId, scorer.score(mentee, best));
        }
        return new Alternative.LowerScore(mentorId, scorer.score(mentee, best), chosenScore);
    }

    /**
     * The ineligible mentor closest to being eligible: the rule latest in {@link Rule}'s order (a ban or missing
     * training is easier to change than a category), then the best score, then the lowest id.
     */
    private Alternative nearestMiss(int mentee, int chosen) {
        int best = -1;
        Rule bestRule = null;
        int bestScore = Integer.MIN_VALUE;
        for (int j = 0; j < instance.mentorCount(); j++) {
            if (j == chosen) {
                continue;
            }
            Rule rule = Eligibility.firstFailure(instance, mentee, j);
            if (rule == null) {
                throw new IllegalStateException("mentor " + instance.mentor(j).id() + " is eligible for mentee "
                        + instance.mentee(mentee).id() + " but was not a candidate");
            }
            if (rule == Rule.SAME_PERSON) {
                continue;
            }
            int score = scorer.total(mentee, j);
            if (bestRule == null || rule.ordinal() > bestRule.ordinal()
                    || rule == bestRule && score > bestScore) {
                best = j;
                bestRule = rule;
                bestScore = score;
            }
        }
        if (best < 0) {
            return new Alternative.NoOtherMentor();
        }
        return new Alternative.Ineligible(instance.mentor(best).id(), scorer.score(mentee, best), bestRule);
    }

    private UnmatchedReason unmatchedReason(int mentee, int row) {
        int from = candidates.start[row];
        int to = candidates.start[row + 1];
        if (from == to) {
            Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
            for (int j = 0; j < instance.mentorCount(); j++) {
                Rule rule = Eligibility.firstFailure(instance, mentee, j);
                if (rule == null) {
                    throw new IllegalStateException("mentor " + instance.mentor(j).id() + " is eligible for mentee "
                            + instance.mentee(mentee).id() + " but was not a candidate");
                }
                counts.merge(rule, 1, Integer::sum);
            }
            return new UnmatchedReason.NoEligibleMentor(counts.entrySet().stream()
                    .map(entry -> new RuleCount(entry.getKey(), entry.getValue()))
                    .toList());
        }
        Integer[] order = new Integer[to - from];
        for (int k = from; k < to; k++) {
            int mentor = candidates.mentor[k];
            if (places[mentor].free() > 0) {
                throw new IllegalStateException("not optimal: mentee " + instance.mentee(mentee).id()
                        + " is unmatched while eligible mentor " + instance.mentor(mentor).id() + " has a free place");
            }
            order[k - from] = k;
        }
        // best score first, then the lower id (the row is in id order and the sort is stable)
        Arrays.sort(order, (a, b) -> Integer.compare(candidates.score[b], candidates.score[a]));
        List<UnmatchedReason.FullMentor> shown = new ArrayList<>();
        for (int n = 0; n < Math.min(FULL_MENTORS_SHOWN, order.length); n++) {
            int mentor = candidates.mentor[order[n]];
            shown.add(new UnmatchedReason.FullMentor(instance.mentor(mentor).id(), scorer.score(mentee, mentor),
                    places[mentor]));
        }
        return new UnmatchedReason.AllEligibleFull(order.length, shown);
    }
}
