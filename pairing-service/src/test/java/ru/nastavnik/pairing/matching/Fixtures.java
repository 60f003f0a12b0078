package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/** Small builders for readable fixtures. */
final class Fixtures {

    private Fixtures() {
    }

    static Mentee pupil(String id, Integer grade, String... requests) {
        return new Mentee(id, Category.PUPIL, grade, Set.of(requests));
    }

    static Mentee mentee(String id, Category category, String... requests) {
        return new Mentee(id, category, null, Set.of(requests));
    }

    static MentorBuilder mentor(String id, Category category) {
        return new MentorBuilder(id, category);
    }

    static MentorBuilder pupilMentor(String id, Integer grade) {
        return new MentorBuilder(id, Category.PUPIL).grade(grade);
    }

    static MatchingProblem problem(List<Mentee> mentees, MentorBuilder... mentors) {
        return MatchingProblem.of(mentees, Arrays.stream(mentors).map(MentorBuilder::build).toList());
    }

    static MatchingProblem problem(Mentee mentee, MentorBuilder... mentors) {
        return problem(List.of(mentee), mentors);
    }

    /** Only requests count, one point each: makes expected scores obvious. */
    static Weights requestsOnly() {
        return new Weights(1, 0, 0, 0, 0, 0);
    }

    static ProposedPair pairOf(Proposal proposal, String menteeId) {
        return proposal.pairs().stream().filter(pair -> pair.menteeId().equals(menteeId)).findFirst()
                .orElseThrow(() -> new AssertionError(menteeId + " is not paired in " + proposal));
    }

    static UnmatchedMentee unmatchedOf(Proposal proposal, String menteeId) {
        return proposal.unmatched().stream().filter(one -> one.menteeId().equals(menteeId)).findFirst()
                .orElseThrow(() -> new AssertionError(menteeId + " is not unmatched in " + proposal));
    }

    static final class MentorBuilder {
        private final String id;
        private final Category category;
        private Integer grade;
        private ExperienceBand experience;
        private final List<String> competencies = new ArrayList<>();
        private final Set<MentoringForm> forms = EnumSet.noneOf(MentoringForm.class);
        private int capacity = 1;
        private int load;
        private Selection selection = Selection.SELECTED;
        private boolean trained;

        MentorBuilder(String id, Category category) {
            this.id = id;
            this.category = category;
        }

        MentorBuilder grade(Integer value) {
            grade = value;
            return this;
        }

        MentorBuilder experience(ExperienceBand value) {
            experience = value;
            return this;
        }

        MentorBuilder covers(String... codes) {
            competencies.addAll(List.of(codes));
            return this;
        }

        MentorBuilder prefers(MentoringForm... values) {
            forms.addAll(List.of(values));
            return this;
        }

        MentorBuilder capacity(int value) {
            capacity = value;
            return this;
        }

        MentorBuilder load(int value) {
            load = value;
            return this;
        }

        MentorBuilder selection(Selection value) {
            selection = value;
            return this;
        }

        MentorBuilder trained() {
            trained = true;
            return this;
        }

        Mentor build() {
            return new Mentor(id, category, grade, experience, Set.copyOf(competencies), forms, capacity, load,
                    selection, trained);
        }
    }
}
