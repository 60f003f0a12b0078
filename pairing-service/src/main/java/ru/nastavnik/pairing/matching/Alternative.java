package ru.nastavnik.pairing.matching;

import java.util.Objects;

/**
 * For a proposed pair: the best other mentor this mentee could have had, and why it lost. "Best" is the eligible
 * mentor with the highest score (ties by id); when no other mentor was eligible, the nearest miss among the
 * ineligible ones.
 */
public sealed interface Alternative {

    enum Kind { LOWER_SCORE, CAPACITY_TAKEN, EQUAL_SCORE, INELIGIBLE, NO_OTHER_MENTOR, PINNED }

    Kind kind();

    /** Why this mentor and not the alternative, in Russian. */
    String explanation();

    /** The other mentor scored less than the chosen one. */
    record LowerScore(String mentorId, Score score, int chosenScore) implements Alternative {
        public LowerScore {
            Objects.requireNonNull(mentorId);
            Objects.requireNonNull(score);
        }

        @Override
        public Kind kind() {
            return Kind.LOWER_SCORE;
        }

        @Override
        public String explanation() {
            return "у следующего наставника меньше баллов: " + score.total() + " против " + chosenScore;
        }
    }

    /** The other mentor scored at least as much but had no place left: these pairs and pins hold its places. */
    record CapacityTaken(String mentorId, Score score, int chosenScore, Places places) implements Alternative {
        public CapacityTaken {
            Objects.requireNonNull(mentorId);
            Objects.requireNonNull(score);
            Objects.requireNonNull(places);
        }

        @Override
        public Kind kind() {
            return Kind.CAPACITY_TAKEN;
        }

        @Override
        public String explanation() {
            return "у наставника с " + score.total() + " баллами (у выбранного " + chosenScore
                    + ") не осталось мест; " + places.describe();
        }
    }

    /**
     * The other mentor scored the same and still has a place: either choice is optimal, and the solver's fixed arc
     * order (mentees and mentors sorted by id) decided, so the same input always decides the same way.
     */
    record EqualScore(String mentorId, Score score) implements Alternative {
        public EqualScore {
            Objects.requireNonNull(mentorId);
            Objects.requireNonNull(score);
        }

        @Override
        public Kind kind() {
            return Kind.EQUAL_SCORE;
        }

        @Override
        public String explanation() {
            return "у другого наставника столько же баллов (" + score.total() + "); выбор сделан по порядку";
        }
    }

    /**
     * No other mentor was eligible; this is the nearest miss: excluded by the rule latest in {@link Rule}'s order
     * (the easiest for a curator to change), then the best score.
     */
    record Ineligible(String mentorId, Score score, Rule rule) implements Alternative {
        public Ineligible {
            Objects.requireNonNull(mentorId);
            Objects.requireNonNull(score);
            Objects.requireNonNull(rule);
        }

        @Override
        public Kind kind() {
            return Kind.INELIGIBLE;
        }

        @Override
        public String explanation() {
            return "других подходящих наставников нет; ближайший не подошёл: " + rule.title();
        }
    }

    /** The school has no other mentor at all. */
    record NoOtherMentor() implements Alternative {
        @Override
        public Kind kind() {
            return Kind.NO_OTHER_MENTOR;
        }

        @Override
        public String explanation() {
            return "других наставников нет";
        }
    }

    /** The curator fixed the pair; the engine did not choose it. */
    record Pinned() implements Alternative {
        @Override
        public Kind kind() {
            return Kind.PINNED;
        }

        @Override
        public String explanation() {
            return "пару закрепил куратор";
        }
    }
}
