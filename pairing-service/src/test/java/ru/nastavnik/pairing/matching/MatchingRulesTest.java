package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.pairing.matching.Fixtures.mentee;
import static ru.nastavnik.pairing.matching.Fixtures.mentor;
import static ru.nastavnik.pairing.matching.Fixtures.pairOf;
import static ru.nastavnik.pairing.matching.Fixtures.problem;
import static ru.nastavnik.pairing.matching.Fixtures.pupil;
import static ru.nastavnik.pairing.matching.Fixtures.pupilMentor;
import static ru.nastavnik.pairing.matching.Fixtures.unmatchedOf;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/** Every hard rule of who may mentor whom, each on the smallest instance that shows it. */
class MatchingRulesTest {

    /** The single mentee's fate: the form it was paired in, or the first rule that excluded the single mentor. */
    private static Object outcome(MatchingProblem problem) {
        Proposal proposal = Matcher.propose(problem);
        if (!proposal.pairs().isEmpty()) {
            return proposal.pairs().getFirst().form();
        }
        UnmatchedReason reason = proposal.unmatched().getFirst().reason();
        assertThat(reason).isInstanceOf(UnmatchedReason.NoEligibleMentor.class);
        List<RuleCount> counts = ((UnmatchedReason.NoEligibleMentor) reason).excludedByRule();
        assertThat(counts).hasSize(1);
        return counts.getFirst().rule();
    }

    @ParameterizedTest(name = "{0}/{1}/{2} mentors {3}/{4}: {5}")
    @CsvSource(nullValues = "-", textBlock = """
            PUPIL,           9,  -,      PUPIL,           7,  PUPIL_PUPIL
            PUPIL,           11, -,      PUPIL,           1,  PUPIL_PUPIL
            PUPIL,           8,  -,      PUPIL,           5,  MENTOR_GRADE
            PUPIL,           10, -,      PUPIL,           9,  GRADE_GAP
            PUPIL,           10, -,      PUPIL,           10, GRADE_GAP
            PUPIL,           10, -,      PUPIL,           8,  PUPIL_PUPIL
            PUPIL,           -,  -,      PUPIL,           5,  GRADE_UNKNOWN
            PUPIL,           10, -,      PUPIL,           -,  GRADE_UNKNOWN
            TEACHER,         -,  over-3, YOUNG_TEACHER,   -,  TEACHER_TEACHER
            TEACHER,         -,  over-3, NEW_TEACHER,     -,  TEACHER_TEACHER
            TEACHER,         -,  -,      YOUNG_TEACHER,   -,  TEACHER_TEACHER
            TEACHER,         -,  0-3,    YOUNG_TEACHER,   -,  MENTOR_EXPERIENCE
            YOUNG_TEACHER,   -,  0-3,    YOUNG_TEACHER,   -,  NO_FORM_FOR_CATEGORIES
            TEACHER,         -,  over-3, TEACHER,         -,  NO_FORM_FOR_CATEGORIES
            TEACHER,         -,  over-3, PUPIL,           5,  NO_FORM_FOR_CATEGORIES
            COLLEGE_STUDENT, -,  -,      PUPIL,           1,  STUDENT_PUPIL
            GRADUATE,        -,  -,      PUPIL,           11, STUDENT_PUPIL
            GRADUATE,        -,  -,      PUPIL,           -,  STUDENT_PUPIL
            PARTNER_EMPLOYEE,-,  -,      PUPIL,           8,  EMPLOYER_PUPIL
            PARTNER_EMPLOYEE,-,  -,      PUPIL,           11, EMPLOYER_PUPIL
            PARTNER_EMPLOYEE,-,  -,      PUPIL,           7,  MENTEE_GRADE_FOR_EMPLOYER
            PARTNER_EMPLOYEE,-,  -,      PUPIL,           -,  GRADE_UNKNOWN
            COLLEGE_STUDENT, -,  -,      COLLEGE_STUDENT, -,  STUDENT_STUDENT
            PARTNER_EMPLOYEE,-,  -,      COLLEGE_STUDENT, -,  EMPLOYER_STUDENT
            GRADUATE,        -,  -,      COLLEGE_STUDENT, -,  NO_FORM_FOR_CATEGORIES
            PUPIL,           11, -,      COLLEGE_STUDENT, -,  NO_FORM_FOR_CATEGORIES
            """)
    void theTwoCategoriesMakeTheFormAndItsRulesApply(Category mentorCategory, Integer mentorGrade, String band,
                                                     Category menteeCategory, Integer menteeGrade, String expected) {
        Mentee who = new Mentee("mentee", menteeCategory, menteeGrade, Set.of());
        MatchingProblem problem = problem(who,
                mentor("mentor", mentorCategory).grade(mentorGrade).experience(ExperienceBand.of(band)));

        Object outcome = outcome(problem);

        assertThat(outcome.toString()).isEqualTo(expected);
    }

    @Test
    void aPupilMentorOutsideGrades9To11NeverMentorsEvenAFarYoungerPupil() {
        assertThat(outcome(problem(pupil("p", 1), pupilMentor("m", 8)))).isEqualTo(Rule.MENTOR_GRADE);
        assertThat(outcome(problem(pupil("p", 1), pupilMentor("m", 9)))).isEqualTo(MentoringForm.PUPIL_PUPIL);
    }

    @ParameterizedTest
    @CsvSource({"CANDIDATE", "NOT_SELECTED"})
    void onlySelectedMentorsGetMentees(Selection selection) {
        assertThat(outcome(problem(pupil("p", 5), mentor("m", Category.GRADUATE).selection(selection))))
                .isEqualTo(Rule.NOT_SELECTED);
    }

    @Test
    void whenTrainingIsRequiredOnlyTrainedMentorsGetMentees() {
        MatchingProblem untrained = problem(pupil("p", 5), mentor("m", Category.GRADUATE));

        assertThat(outcome(untrained)).isEqualTo(MentoringForm.STUDENT_PUPIL);
        assertThat(outcome(untrained.withSettings(MatchingSettings.defaults().withRequireTraining(true))))
                .isEqualTo(Rule.NOT_TRAINED);
        assertThat(outcome(problem(pupil("p", 5), mentor("m", Category.GRADUATE).trained())
                .withSettings(MatchingSettings.defaults().withRequireTraining(true))))
                .isEqualTo(MentoringForm.STUDENT_PUPIL);
    }

    @Test
    void aBannedPairIsNeverProposedEvenWhenItIsTheBest() {
        MatchingProblem problem = problem(pupil("p", 5, "math"),
                        mentor("best", Category.GRADUATE).covers("math"),
                        mentor("other", Category.GRADUATE))
                .withBans(Set.of(new Ban("p", "best")));

        assertThat(pairOf(Matcher.propose(problem), "p").mentorId()).isEqualTo("other");
        assertThat(outcome(problem(pupil("p", 5), mentor("m", Category.GRADUATE))
                .withBans(Set.of(new Ban("p", "m"))))).isEqualTo(Rule.BANNED);
    }

    @Test
    void nobodyMentorsThemself() {
        MatchingProblem problem = MatchingProblem.of(List.of(pupil("same", 7)),
                List.of(pupilMentor("same", 10).build()));

        assertThat(outcome(problem)).isEqualTo(Rule.SAME_PERSON);
    }

    @Test
    void aRoundForOneFormLeavesTheOtherFormsOut() {
        MatchingProblem problem = problem(pupil("p", 5), mentor("m", Category.GRADUATE))
                .withForm(MentoringForm.PUPIL_PUPIL);

        assertThat(outcome(problem)).isEqualTo(Rule.OTHER_FORM);
    }

    @Test
    void eachMentorIsCountedUnderTheFirstRuleItFails() {
        MatchingProblem problem = problem(pupil("p", 9),
                pupilMentor("gap-and-not-selected", 10).selection(Selection.NOT_SELECTED),
                pupilMentor("not-selected", 11).selection(Selection.CANDIDATE),
                mentor("teacher", Category.TEACHER),
                mentor("employer", Category.PARTNER_EMPLOYEE).selection(Selection.NOT_SELECTED))
                .withForm(null);

        UnmatchedReason reason = unmatchedOf(Matcher.propose(problem), "p").reason();

        assertThat(reason).isEqualTo(new UnmatchedReason.NoEligibleMentor(List.of(
                new RuleCount(Rule.NO_FORM_FOR_CATEGORIES, 1),
                new RuleCount(Rule.GRADE_GAP, 1),
                new RuleCount(Rule.NOT_SELECTED, 2))));
    }

    @Nested
    class Capacity {

        @Test
        void activePairsHoldPlaces() {
            MatchingProblem problem = problem(List.of(pupil("a", 5, "x"), pupil("b", 5, "x")),
                    mentor("m", Category.GRADUATE).covers("x").capacity(2).load(1));

            Proposal proposal = Matcher.propose(problem);

            assertThat(proposal.pairs()).hasSize(1);
            assertThat(proposal.unmatched()).singleElement()
                    .extracting(UnmatchedMentee::reason)
                    .isInstanceOf(UnmatchedReason.AllEligibleFull.class);
        }

        @Test
        void aMentorLoadedBeyondCapacityGetsNobodyAndIsNotAnError() {
            MatchingProblem problem = problem(pupil("a", 5), mentor("m", Category.GRADUATE).capacity(1).load(3));

            Proposal proposal = Matcher.propose(problem);

            assertThat(proposal.pairs()).isEmpty();
            UnmatchedReason.AllEligibleFull full = (UnmatchedReason.AllEligibleFull) unmatchedOf(proposal, "a").reason();
            assertThat(full.bestMentors()).singleElement()
                    .satisfies(mentor -> assertThat(mentor.places()).isEqualTo(new Places(1, 3, List.of(), List.of())));
        }

        @Test
        void aMentorWithSeveralPlacesTakesSeveralMentees() {
            MatchingProblem problem = problem(List.of(pupil("a", 5), pupil("b", 6), pupil("c", 7)),
                    mentor("m", Category.GRADUATE).capacity(3));

            assertThat(Matcher.propose(problem).pairs()).extracting(ProposedPair::mentorId).containsExactly("m", "m", "m");
        }
    }

    @Nested
    class Pins {

        @Test
        void aPinIsKeptEvenWhenTheEngineWouldChooseOtherwiseAndItsPlaceIsReserved() {
            MatchingProblem problem = problem(List.of(pupil("a", 5, "math"), pupil("b", 5, "math")),
                    mentor("strong", Category.GRADUATE).covers("math").capacity(1),
                    mentor("weak", Category.GRADUATE).capacity(1))
                    .withPins(List.of(new Pin("a", "weak")));

            Proposal proposal = Matcher.propose(problem);

            ProposedPair pinned = pairOf(proposal, "a");
            assertThat(pinned.mentorId()).isEqualTo("weak");
            assertThat(pinned.pinned()).isTrue();
            assertThat(pinned.alternative()).isEqualTo(new Alternative.Pinned());
            assertThat(pairOf(proposal, "b").mentorId()).isEqualTo("strong");
            assertThat(pairOf(proposal, "b").pinned()).isFalse();
            assertThat(proposal.objective().pinned()).isEqualTo(1);
        }

        @Test
        void aPinnedPlaceIsNotGivenToAnotherMentee() {
            MatchingProblem problem = problem(List.of(pupil("a", 5), pupil("b", 5)),
                    mentor("m", Category.GRADUATE).capacity(2).load(1))
                    .withPins(List.of(new Pin("a", "m")));

            Proposal proposal = Matcher.propose(problem);

            assertThat(proposal.pairs()).extracting(ProposedPair::menteeId).containsExactly("a");
            UnmatchedReason.AllEligibleFull full = (UnmatchedReason.AllEligibleFull) unmatchedOf(proposal, "b").reason();
            assertThat(full.bestMentors().getFirst().places()).isEqualTo(new Places(2, 1, List.of("a"), List.of()));
        }

        @Test
        void aPinThatBreaksAHardRuleIsRefusedInRussian() {
            MatchingProblem problem = problem(pupil("young", 9), pupilMentor("m", 10))
                    .withPins(List.of(new Pin("young", "m")));

            assertThatThrownBy(() -> Matcher.propose(problem))
                    .isInstanceOfSatisfying(MatchingRuleViolation.class, violation -> {
                        assertThat(violation.code()).isEqualTo(MatchingRuleViolation.Code.PIN_BREAKS_RULE);
                        assertThat(violation.rule()).isEqualTo(Rule.GRADE_GAP);
                    })
                    .hasMessage("Нельзя закрепить наставляемого young за наставником m: разница в классах меньше двух");
        }

        @Test
        void aPinOfABannedOrUntrainedPairIsRefused() {
            MatchingProblem banned = problem(pupil("p", 5), mentor("m", Category.GRADUATE).trained())
                    .withPins(List.of(new Pin("p", "m")))
                    .withBans(Set.of(new Ban("p", "m")));
            MatchingProblem untrained = problem(pupil("p", 5), mentor("m", Category.GRADUATE))
                    .withPins(List.of(new Pin("p", "m")))
                    .withSettings(MatchingSettings.defaults().withRequireTraining(true));

            assertThatThrownBy(() -> Matcher.propose(banned)).isInstanceOf(MatchingRuleViolation.class)
                    .hasMessageEndingWith("пару запретил куратор");
            assertThatThrownBy(() -> Matcher.propose(untrained)).isInstanceOf(MatchingRuleViolation.class)
                    .hasMessageEndingWith("наставник не обучен");
        }

        @Test
        void aPinThatOverfillsAMentorIsRefused() {
            MatchingProblem problem = problem(List.of(pupil("a", 5), pupil("b", 5)),
                    mentor("m", Category.GRADUATE).capacity(2).load(1))
                    .withPins(List.of(new Pin("b", "m"), new Pin("a", "m")));

            assertThatThrownBy(() -> Matcher.propose(problem))
                    .isInstanceOfSatisfying(MatchingRuleViolation.class, violation ->
                            assertThat(violation.code()).isEqualTo(MatchingRuleViolation.Code.PIN_OVERFILLS_MENTOR))
                    .hasMessage("Нельзя закрепить наставляемого b за наставником m: у наставника нет свободных мест"
                            + " (мест 2, действующих пар 1, уже закреплено 1)");
        }

        @Test
        void pinsOfUnknownExcludedOrTwiceMappedMenteesAreRefused() {
            MatchingProblem base = problem(List.of(pupil("a", 5)), mentor("m", Category.GRADUATE).capacity(2),
                    mentor("n", Category.GRADUATE));

            assertThatThrownBy(() -> Matcher.propose(base.withPins(List.of(new Pin("ghost", "m")))))
                    .extracting(failure -> ((MatchingRuleViolation) failure).code())
                    .isEqualTo(MatchingRuleViolation.Code.PIN_UNKNOWN_MENTEE);
            assertThatThrownBy(() -> Matcher.propose(base.withPins(List.of(new Pin("a", "ghost")))))
                    .extracting(failure -> ((MatchingRuleViolation) failure).code())
                    .isEqualTo(MatchingRuleViolation.Code.PIN_UNKNOWN_MENTOR);
            assertThatThrownBy(() -> Matcher.propose(base.withPins(List.of(new Pin("a", "m")))
                    .withExcludedMentees(Set.of("a"))))
                    .extracting(failure -> ((MatchingRuleViolation) failure).code())
                    .isEqualTo(MatchingRuleViolation.Code.PIN_EXCLUDED_MENTEE);
            assertThatThrownBy(() -> Matcher.propose(base.withPins(List.of(new Pin("a", "m"), new Pin("a", "n")))))
                    .extracting(failure -> ((MatchingRuleViolation) failure).code())
                    .isEqualTo(MatchingRuleViolation.Code.PIN_DUPLICATE_MENTEE);
            assertThat(Matcher.propose(base.withPins(List.of(new Pin("a", "m"), new Pin("a", "m")))).pairs())
                    .singleElement().extracting(ProposedPair::mentorId).isEqualTo("m");
        }
    }

    @Test
    void anExcludedMenteeIsLeftOutAndHoldsNoPlace() {
        MatchingProblem problem = problem(List.of(pupil("a", 5, "math"), pupil("b", 5)),
                mentor("m", Category.GRADUATE).covers("math"))
                .withExcludedMentees(Set.of("a", "not-in-this-school"));

        Proposal proposal = Matcher.propose(problem);

        assertThat(pairOf(proposal, "b").mentorId()).isEqualTo("m");
        assertThat(unmatchedOf(proposal, "a").reason()).isEqualTo(new UnmatchedReason.Excluded());
        assertThat(proposal.objective()).isEqualTo(
                new ObjectiveValue(Objective.MOST_MATCHED_THEN_SCORE, 1, pairOf(proposal, "b").score().total(), 0, 1, 0));
    }

    @Test
    void malformedInputIsTheCallersBug() {
        assertThatThrownBy(() -> Matcher.propose(MatchingProblem.of(List.of(pupil("a", 5), pupil("a", 6)), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate mentee id a");
        assertThatThrownBy(() -> pupil("a", 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mentor("m", Category.GRADUATE).capacity(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mentee(" ", Category.PUPIL)).isInstanceOf(IllegalArgumentException.class);
    }
}
