package ru.nastavnik.pairing.matching;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Why a mentee got no mentor in this proposal. */
public sealed interface UnmatchedReason {

    enum Kind { NO_ELIGIBLE_MENTOR, ALL_ELIGIBLE_FULL, EXCLUDED }

    Kind kind();

    String explanation();

    /** No mentor passes the hard rules; the counts say which rules excluded how many (they sum to all mentors). */
    record NoEligibleMentor(List<RuleCount> excludedByRule) implements UnmatchedReason {
        public NoEligibleMentor {
            excludedByRule = List.copyOf(excludedByRule);
        }

        @Override
        public Kind kind() {
            return Kind.NO_ELIGIBLE_MENTOR;
        }

        @Override
        public String explanation() {
            if (excludedByRule.isEmpty()) {
                return "в базе нет наставников";
            }
            return "нет подходящих наставников: " + excludedByRule.stream()
                    .map(count -> count.rule().title() + " — " + count.mentors())
                    .collect(Collectors.joining("; "));
        }
    }

    /**
     * Some mentors are eligible but every place is taken.
     *
     * @param eligibleMentors how many mentors passed the rules
     * @param bestMentors     the best-scoring of them (at most {@value Explainer#FULL_MENTORS_SHOWN}) and who holds their places
     */
    record AllEligibleFull(int eligibleMentors, List<FullMentor> bestMentors) implements UnmatchedReason {
        public AllEligibleFull {
            bestMentors = List.copyOf(bestMentors);
        }

        @Override
        public Kind kind() {
            return Kind.ALL_ELIGIBLE_FULL;
        }

        @Override
        public String explanation() {
            return "все подходящие наставники (" + eligibleMentors + ") заняты; " + bestMentors.stream()
                    .map(mentor -> mentor.score().total() + " баллов, " + mentor.places().describe())
                    .collect(Collectors.joining("; "));
        }
    }

    /** The curator took the mentee out of this round. */
    record Excluded() implements UnmatchedReason {
        @Override
        public Kind kind() {
            return Kind.EXCLUDED;
        }

        @Override
        public String explanation() {
            return "куратор исключил наставляемого из этого подбора";
        }
    }

    /** An eligible mentor with no place left, its score for this mentee and who holds its places. */
    record FullMentor(String mentorId, Score score, Places places) {
        public FullMentor {
            Objects.requireNonNull(mentorId);
            Objects.requireNonNull(score);
            Objects.requireNonNull(places);
        }
    }
}
