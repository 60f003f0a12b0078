package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.matching.Fixtures.mentee;
import static ru.nastavnik.pairing.matching.Fixtures.mentor;
import static ru.nastavnik.pairing.matching.Fixtures.pairOf;
import static ru.nastavnik.pairing.matching.Fixtures.problem;
import static ru.nastavnik.pairing.matching.Fixtures.pupil;
import static ru.nastavnik.pairing.matching.Fixtures.pupilMentor;
import static ru.nastavnik.pairing.matching.Fixtures.requestsOnly;
import static ru.nastavnik.pairing.matching.Fixtures.unmatchedOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/** The two objectives, one form or all forms, and determinism. */
class MatchingObjectiveTest {

    /**
     * x scores 3 with "wide" and 1 with "narrow"; y scores 1 with "wide" and may not have "narrow" (banned); "wide"
     * has one place. Matching both (x–narrow, y–wide) scores 2; x–wide alone scores 3.
     */
    private static MatchingProblem matchMoreOrScoreMore() {
        return problem(List.of(pupil("x", 5, "a", "b", "c"), pupil("y", 5, "a")),
                mentor("wide", Category.GRADUATE).covers("a", "b", "c"),
                mentor("narrow", Category.GRADUATE).covers("c"))
                .withBans(Set.of(new Ban("y", "narrow")))
                .withSettings(MatchingSettings.defaults().withWeights(requestsOnly()));
    }

    @Test
    void mostMatchedFirstMatchesEveryoneItCan() {
        Proposal proposal = Matcher.propose(matchMoreOrScoreMore());

        assertThat(pairOf(proposal, "x").mentorId()).isEqualTo("narrow");
        assertThat(pairOf(proposal, "y").mentorId()).isEqualTo("wide");
        assertThat(proposal.objective())
                .isEqualTo(new ObjectiveValue(Objective.MOST_MATCHED_THEN_SCORE, 2, 2, 0, 0, 0));
    }

    @Test
    void scoreOnlyTakesTheHigherTotalEvenIfAMenteeStaysUnmatched() {
        MatchingProblem problem = matchMoreOrScoreMore();
        problem = problem.withSettings(problem.settings().withObjective(Objective.SCORE_ONLY));

        Proposal proposal = Matcher.propose(problem);

        assertThat(pairOf(proposal, "x").mentorId()).isEqualTo("wide");
        assertThat(unmatchedOf(proposal, "y").reason()).isInstanceOf(UnmatchedReason.AllEligibleFull.class);
        assertThat(proposal.objective()).isEqualTo(new ObjectiveValue(Objective.SCORE_ONLY, 1, 3, 1, 0, 0));
    }

    @Test
    void scoreOnlyStillMatchesMenteesThatAddNoPoints() {
        MatchingProblem problem = problem(List.of(pupil("x", 5, "a"), pupil("y", 5)),
                mentor("m", Category.GRADUATE).covers("a").capacity(2))
                .withSettings(new MatchingSettings(requestsOnly(), false, Objective.SCORE_ONLY, 3));

        Proposal proposal = Matcher.propose(problem);

        assertThat(proposal.objective().matched()).isEqualTo(2);
        assertThat(pairOf(proposal, "y").score().total()).isZero();
    }

    @Test
    void amongAssignmentsMatchingAsManyTheBestScoreWins() {
        // both mentees can take either mentor: x–m1 and y–m2 score 1 + 2, the other way round 0 + 1
        MatchingProblem problem = problem(List.of(pupil("x", 5, "a", "b"), pupil("y", 5, "c", "d")),
                mentor("m1", Category.GRADUATE).covers("a", "c"),
                mentor("m2", Category.GRADUATE).covers("c", "d"))
                .withSettings(MatchingSettings.defaults().withWeights(requestsOnly()));

        Proposal proposal = Matcher.propose(problem);

        assertThat(pairOf(proposal, "x").mentorId()).isEqualTo("m1");
        assertThat(pairOf(proposal, "y").mentorId()).isEqualTo("m2");
        assertThat(proposal.objective().totalScore()).isEqualTo(3);
    }

    private static MatchingProblem mixedSchool() {
        return problem(List.of(pupil("pupil-5", 5, "math"), pupil("pupil-9", 9), mentee("young", Category.YOUNG_TEACHER),
                        mentee("student", Category.COLLEGE_STUDENT)),
                pupilMentor("pupil-mentor", 11).covers("math").capacity(2),
                mentor("teacher", Category.TEACHER).experience(ExperienceBand.OVER_3),
                mentor("graduate", Category.GRADUATE),
                mentor("employer", Category.PARTNER_EMPLOYEE));
    }

    @Test
    void allFormsAtOnceMatchEveryoneInTheFormTheirCategoriesMake() {
        Proposal proposal = Matcher.propose(mixedSchool());

        assertThat(proposal.form()).isNull();
        assertThat(proposal.pairs()).extracting(ProposedPair::form).containsExactlyInAnyOrder(
                MentoringForm.PUPIL_PUPIL, MentoringForm.PUPIL_PUPIL, MentoringForm.TEACHER_TEACHER,
                MentoringForm.EMPLOYER_STUDENT);
        assertThat(pairOf(proposal, "young").mentorId()).isEqualTo("teacher");
    }

    @Test
    void aRoundForOneFormMatchesOnlyThatForm() {
        Proposal proposal = Matcher.propose(mixedSchool().withForm(MentoringForm.PUPIL_PUPIL));

        assertThat(proposal.form()).isEqualTo(MentoringForm.PUPIL_PUPIL);
        assertThat(proposal.pairs()).extracting(ProposedPair::menteeId).containsExactly("pupil-5", "pupil-9");
        assertThat(proposal.pairs()).extracting(ProposedPair::mentorId).containsOnly("pupil-mentor");
        assertThat(unmatchedOf(proposal, "young").reason()).isEqualTo(new UnmatchedReason.NoEligibleMentor(List.of(
                new RuleCount(Rule.NO_FORM_FOR_CATEGORIES, 3), new RuleCount(Rule.OTHER_FORM, 1))));
    }

    @Test
    void theSameProblemGivesAnEqualProposalWhateverTheOrderOfItsLists() {
        List<Mentee> mentees = new ArrayList<>();
        List<Mentor> mentors = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mentees.add(pupil("p" + i, 1 + i % 8, "r" + i % 5));
        }
        for (int j = 0; j < 12; j++) {
            // identical mentors: many equally good assignments, so only a stable tie-break gives the same answer
            mentors.add(mentor("m" + j, j % 2 == 0 ? Category.GRADUATE : Category.COLLEGE_STUDENT)
                    .covers("r0", "r1").capacity(3).build());
        }
        MatchingProblem problem = MatchingProblem.of(mentees, mentors);
        List<Mentee> shuffledMentees = new ArrayList<>(mentees);
        List<Mentor> shuffledMentors = new ArrayList<>(mentors);
        Collections.shuffle(shuffledMentees, new Random(7));
        Collections.shuffle(shuffledMentors, new Random(11));

        Proposal first = Matcher.propose(problem);
        Proposal again = Matcher.propose(problem);
        Proposal shuffled = Matcher.propose(MatchingProblem.of(shuffledMentees, shuffledMentors));

        assertThat(again).isEqualTo(first);
        assertThat(shuffled).isEqualTo(first);
        assertThat(first.objective().matched()).isEqualTo(30);
        assertThat(first.pairs()).extracting(pair -> pair.alternative().kind()).contains(Alternative.Kind.EQUAL_SCORE);
    }

    @Test
    void anEmptyRoundProposesNothing() {
        Proposal proposal = Matcher.propose(MatchingProblem.of(List.of(), List.of(mentor("m", Category.GRADUATE).build())));

        assertThat(proposal.pairs()).isEmpty();
        assertThat(proposal.unmatched()).isEmpty();
        assertThat(proposal.objective()).isEqualTo(new ObjectiveValue(Objective.MOST_MATCHED_THEN_SCORE, 0, 0, 0, 0, 0));
    }
}
