package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every feasible assignment of a small problem, by the reference model; keeps the lexicographic optimum. */
final class BruteForce {

    record Optimum(int matched, long totalScore) {
    }

    private final int[] places;
    private final List<int[]> options = new ArrayList<>();
    private final List<int[]> scores = new ArrayList<>();
    private Optimum mostMatched;
    private Optimum bestScore;
    private long leaves;

    private BruteForce(MatchingProblem problem) {
        ReferenceModel model = new ReferenceModel(problem);
        List<Mentor> mentors = problem.mentors();
        places = new int[mentors.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < mentors.size(); j++) {
            places[j] = ReferenceModel.placesForRound(mentors.get(j));
            index.put(mentors.get(j).id(), j);
        }
        Map<String, String> pins = new HashMap<>();
        problem.pins().forEach(pin -> pins.put(pin.menteeId(), pin.mentorId()));
        int pinnedMatched = 0;
        long pinnedScore = 0;
        for (Mentee mentee : problem.mentees()) {
            if (problem.excludedMentees().contains(mentee.id())) {
                continue;
            }
            String pinned = pins.get(mentee.id());
            if (pinned != null) {
                places[index.get(pinned)]--;
                pinnedMatched++;
                pinnedScore += model.score(mentee, model.mentor(pinned));
                continue;
            }
            List<Integer> eligible = new ArrayList<>();
            for (int j = 0; j < mentors.size(); j++) {
                if (model.eligible(mentee, mentors.get(j))) {
                    eligible.add(j);
                }
            }
            options.add(eligible.stream().mapToInt(Integer::intValue).toArray());
            scores.add(eligible.stream().mapToInt(j -> model.score(mentee, mentors.get(j))).toArray());
        }
        search(0, pinnedMatched, pinnedScore);
    }

    static BruteForce of(MatchingProblem problem) {
        return new BruteForce(problem);
    }

    Optimum optimum(Objective objective) {
        return objective == Objective.MOST_MATCHED_THEN_SCORE ? mostMatched : bestScore;
    }

    long assignmentsTried() {
        return leaves;
    }

    private void search(int row, int matched, long score) {
        if (row == options.size()) {
            leaves++;
            Optimum here = new Optimum(matched, score);
            if (mostMatched == null || matched > mostMatched.matched()
                    || matched == mostMatched.matched() && score > mostMatched.totalScore()) {
                mostMatched = here;
            }
            if (bestScore == null || score > bestScore.totalScore()
                    || score == bestScore.totalScore() && matched > bestScore.matched()) {
                bestScore = here;
            }
            return;
        }
        search(row + 1, matched, score);
        int[] mentors = options.get(row);
        for (int k = 0; k < mentors.length; k++) {
            if (places[mentors[k]] > 0) {
                places[mentors[k]]--;
                search(row + 1, matched + 1, score + scores.get(row)[k]);
                places[mentors[k]]++;
            }
        }
    }
}
