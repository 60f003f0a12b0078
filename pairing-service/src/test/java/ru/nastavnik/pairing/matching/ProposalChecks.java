package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a proposal must satisfy, judged by the {@link ReferenceModel}: hard rules, capacities, pins, bans,
 * a reason for every unmatched mentee, explanations that are true, parts that add up, an objective that is the sum.
 */
final class ProposalChecks {

    private ProposalChecks() {
    }

    static void assertValid(MatchingProblem problem, Proposal proposal, String context) {
        ReferenceModel model = new ReferenceModel(problem);
        Map<String, Mentee> mentees = new HashMap<>();
        problem.mentees().forEach(mentee -> mentees.put(mentee.id(), mentee));
        Map<String, String> pins = new HashMap<>();
        problem.pins().forEach(pin -> pins.put(pin.menteeId(), pin.mentorId()));

        // every mentee exactly once
        List<String> seen = new java.util.ArrayList<>();
        proposal.pairs().forEach(pair -> seen.add(pair.menteeId()));
        proposal.unmatched().forEach(one -> seen.add(one.menteeId()));
        assertThat(seen).as(context + ": every mentee once").containsExactlyInAnyOrderElementsOf(mentees.keySet());

        // capacity, counted by the reference model
        Map<String, Integer> taken = new HashMap<>();
        Map<String, Integer> proposedTo = new HashMap<>();
        for (ProposedPair pair : proposal.pairs()) {
            taken.merge(pair.mentorId(), 1, Integer::sum);
            if (!pair.pinned()) {
                proposedTo.merge(pair.mentorId(), 1, Integer::sum);
            }
        }
        taken.forEach((mentorId, count) -> assertThat(count)
                .as(context + ": places of " + mentorId)
                .isLessThanOrEqualTo(ReferenceModel.placesForRound(model.mentor(mentorId))));

        long total = 0;
        int pinned = 0;
        for (ProposedPair pair : proposal.pairs()) {
            String where = context + ": pair " + pair.menteeId() + "–" + pair.mentorId();
            Mentee mentee = mentees.get(pair.menteeId());
            Mentor mentor = model.mentor(pair.mentorId());
            assertThat(problem.excludedMentees()).as(where + " excluded").doesNotContain(pair.menteeId());
            assertThat(model.eligible(mentee, mentor)).as(where + " breaks a hard rule").isTrue();
            assertThat(pair.form()).as(where + " form").isEqualTo(ReferenceModel.form(mentor, mentee));
            assertThat(pair.score().total()).as(where + " score").isEqualTo(model.score(mentee, mentor));
            assertThat(pair.score().parts().stream().mapToInt(ScorePart::points).sum()).as(where + " parts")
                    .isEqualTo(pair.score().total());
            assertThat(pair.score().parts()).extracting(ScorePart::criterion).doesNotHaveDuplicates();
            assertThat(pair.pinned()).as(where + " pinned").isEqualTo(pair.mentorId().equals(pins.get(pair.menteeId())));
            total += pair.score().total();
            if (pair.pinned()) {
                pinned++;
                assertThat(pair.alternative()).isEqualTo(new Alternative.Pinned());
            } else {
                assertAlternative(problem, model, mentee, pair, taken, where);
            }
        }
        assertThat(pinned).as(context + ": every pin kept").isEqualTo(pins.size());

        int excluded = 0;
        for (UnmatchedMentee one : proposal.unmatched()) {
            String where = context + ": unmatched " + one.menteeId();
            Mentee mentee = mentees.get(one.menteeId());
            if (problem.excludedMentees().contains(one.menteeId())) {
                excluded++;
                assertThat(one.reason()).as(where).isEqualTo(new UnmatchedReason.Excluded());
                continue;
            }
            List<Mentor> eligible = problem.mentors().stream().filter(mentor -> model.eligible(mentee, mentor)).toList();
            switch (one.reason()) {
                case UnmatchedReason.NoEligibleMentor none -> {
                    assertThat(eligible).as(where + " has eligible mentors").isEmpty();
                    assertThat(none.excludedByRule().stream().mapToInt(RuleCount::mentors).sum())
                            .as(where + " counts").isEqualTo(problem.mentors().size());
                }
                case UnmatchedReason.AllEligibleFull full -> {
                    assertThat(full.eligibleMentors()).as(where + " eligible count").isEqualTo(eligible.size());
                    for (Mentor mentor : eligible) {
                        assertThat(taken.getOrDefault(mentor.id(), 0)).as(where + ": " + mentor.id() + " is not full")
                                .isEqualTo(ReferenceModel.placesForRound(mentor));
                    }
                    assertThat(full.bestMentors()).hasSize(Math.min(Explainer.FULL_MENTORS_SHOWN, eligible.size()));
                    assertThat(full.bestMentors()).extracting(shown -> shown.score().total())
                            .isSortedAccordingTo(Comparator.reverseOrder());
                    int bestScore = eligible.stream().mapToInt(mentor -> model.score(mentee, mentor)).max().orElseThrow();
                    assertThat(full.bestMentors().getFirst().score().total()).isEqualTo(bestScore);
                    for (UnmatchedReason.FullMentor shown : full.bestMentors()) {
                        assertThat(shown.places().free()).isZero();
                        assertThat(shown.score().total()).isEqualTo(model.score(mentee, model.mentor(shown.mentorId())));
                    }
                }
                case UnmatchedReason.Excluded ignored -> throw new AssertionError(where + " is not excluded");
            }
        }

        ObjectiveValue objective = proposal.objective();
        assertThat(objective).as(context + ": objective").isEqualTo(new ObjectiveValue(problem.settings().objective(),
                proposal.pairs().size(), total, proposal.unmatched().size() - excluded, excluded, pinned));
        assertThat(proposedTo.values().stream().mapToInt(Integer::intValue).sum() + pinned)
                .isEqualTo(objective.matched());
    }

    private static void assertAlternative(MatchingProblem problem, ReferenceModel model, Mentee mentee,
                                          ProposedPair pair, Map<String, Integer> taken, String where) {
        int chosen = pair.score().total();
        List<Mentor> others = problem.mentors().stream()
                .filter(mentor -> !mentor.id().equals(pair.mentorId()) && model.eligible(mentee, mentor))
                .toList();
        Alternative alternative = pair.alternative();
        if (others.isEmpty()) {
            Set<String> rest = problem.mentors().stream().map(Mentor::id)
                    .filter(id -> !id.equals(pair.mentorId()) && !id.equals(mentee.id()))
                    .collect(Collectors.toCollection(HashSet::new));
            if (rest.isEmpty()) {
                assertThat(alternative).as(where).isEqualTo(new Alternative.NoOtherMentor());
            } else {
                assertThat(alternative).as(where).isInstanceOfSatisfying(Alternative.Ineligible.class, miss -> {
                    assertThat(rest).contains(miss.mentorId());
                    assertThat(model.eligible(mentee, model.mentor(miss.mentorId()))).isFalse();
                });
            }
            return;
        }
        int best = others.stream().mapToInt(mentor -> model.score(mentee, mentor)).max().orElseThrow();
        String otherId = switch (alternative) {
            case Alternative.LowerScore lower -> {
                assertThat(lower.chosenScore()).as(where).isEqualTo(chosen);
                assertThat(best).as(where + " lower").isLessThan(chosen);
                yield lower.mentorId();
            }
            case Alternative.EqualScore equal -> {
                assertThat(best).as(where + " equal").isEqualTo(chosen);
                Mentor other = model.mentor(equal.mentorId());
                assertThat(taken.getOrDefault(other.id(), 0)).as(where + " equal and free")
                        .isLessThan(ReferenceModel.placesForRound(other));
                yield equal.mentorId();
            }
            case Alternative.CapacityTaken capacity -> {
                assertThat(best).as(where + " taken").isGreaterThanOrEqualTo(chosen);
                Mentor other = model.mentor(capacity.mentorId());
                assertThat(taken.getOrDefault(other.id(), 0)).as(where + " taken means full")
                        .isEqualTo(ReferenceModel.placesForRound(other));
                assertThat(capacity.places().capacity()).isEqualTo(other.capacity());
                assertThat(capacity.places().activeLoad()).isEqualTo(other.activeLoad());
                assertThat(capacity.places().pinnedMentees().size() + capacity.places().proposedMentees().size())
                        .isEqualTo(taken.getOrDefault(other.id(), 0));
                yield capacity.mentorId();
            }
            default -> throw new AssertionError(where + ": unexpected alternative " + alternative);
        };
        Mentor other = model.mentor(otherId);
        assertThat(others).as(where + " alternative is eligible").contains(other);
        assertThat(model.score(mentee, other)).as(where + " alternative is the best other").isEqualTo(best);
    }
}
