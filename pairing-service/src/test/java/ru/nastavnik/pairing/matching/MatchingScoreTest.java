package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.pairing.matching.Fixtures.mentor;
import static ru.nastavnik.pairing.matching.Fixtures.problem;
import static ru.nastavnik.pairing.matching.Fixtures.pupil;
import static ru.nastavnik.pairing.matching.Fixtures.pupilMentor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/** Every part of a pair's score, with the default weights unless a test says otherwise. */
class MatchingScoreTest {

    private static Score scoreOf(MatchingProblem problem) {
        Proposal proposal = Matcher.propose(problem);
        assertThat(proposal.pairs()).hasSize(1);
        return proposal.pairs().getFirst().score();
    }

    @Test
    void everyRequestTheMentorCoversIsWorthTenPoints() {
        Score score = scoreOf(problem(pupil("p", 5, "math", "chess", "robotics"),
                mentor("m", Category.GRADUATE).covers("robotics", "math", "music").capacity(2).load(1)));

        assertThat(score.parts()).first().isEqualTo(
                new ScorePart(Criterion.REQUESTS_MET, 20, "закрыто 2 из 3: math, robotics"));
        assertThat(score.total()).isEqualTo(20);
    }

    @Test
    void aMenteeWithoutRequestsEarnsNothingForThem() {
        Score score = scoreOf(problem(pupil("p", 5), mentor("m", Category.GRADUATE).covers("math").capacity(2).load(1)));

        assertThat(score.parts()).first().isEqualTo(new ScorePart(Criterion.REQUESTS_MET, 0, "у наставляемого нет запросов"));
    }

    @Test
    void theMentorsPreferredFormIsWorthFivePoints() {
        Score preferred = scoreOf(problem(pupil("p", 5),
                mentor("m", Category.GRADUATE).prefers(MentoringForm.STUDENT_PUPIL, MentoringForm.PUPIL_PUPIL).capacity(2).load(1)));
        Score other = scoreOf(problem(pupil("p", 5),
                mentor("m", Category.GRADUATE).prefers(MentoringForm.EMPLOYER_PUPIL).capacity(2).load(1)));
        Score none = scoreOf(problem(pupil("p", 5), mentor("m", Category.GRADUATE).capacity(2).load(1)));

        assertThat(preferred.parts()).contains(
                new ScorePart(Criterion.PREFERRED_FORM, 5, "наставник выбрал форму «студент – ученик»"));
        assertThat(other.parts()).contains(
                new ScorePart(Criterion.PREFERRED_FORM, 0, "наставник выбрал другие формы: «работодатель – ученик»"));
        assertThat(none.parts()).contains(
                new ScorePart(Criterion.PREFERRED_FORM, 0, "наставник не указал желаемые формы"));
    }

    @ParameterizedTest(name = "mentor grade {0}, mentee grade {1}, ideal {2}: {3} points")
    @CsvSource({
            "11, 8, 3, 6",
            "11, 9, 3, 4",
            "11, 7, 3, 4",
            "11, 6, 3, 2",
            "11, 5, 3, 0",
            "11, 1, 3, 0",
            "11, 9, 2, 6",
            "11, 6, 5, 6",
            "11, 7, 5, 4",
    })
    void thePupilGradeGapScoresBestAtTheIdealAndNeverBelowZero(int mentorGrade, int menteeGrade, int ideal, int points) {
        Score score = scoreOf(problem(pupil("p", menteeGrade), pupilMentor("m", mentorGrade).capacity(2).load(1))
                .withSettings(MatchingSettings.defaults().withIdealGradeGap(ideal)));

        assertThat(score.pointsOf(Criterion.GRADE_GAP)).isEqualTo(points);
        assertThat(score.parts()).filteredOn(part -> part.criterion() == Criterion.GRADE_GAP).singleElement()
                .extracting(ScorePart::detail)
                .isEqualTo("разница " + (mentorGrade - menteeGrade) + " кл., лучше всего " + ideal + " кл.");
    }

    @Test
    void theGradeGapIsNotACriterionOfFormsWithoutAPupilMentor() {
        Score score = scoreOf(problem(pupil("p", 5), mentor("m", Category.GRADUATE)));

        assertThat(score.parts()).extracting(ScorePart::criterion).doesNotContain(Criterion.GRADE_GAP)
                .containsExactly(Criterion.REQUESTS_MET, Criterion.PREFERRED_FORM, Criterion.TRAINED,
                        Criterion.NO_ACTIVE_PAIRS);
    }

    @Test
    void aTrainedMentorIsWorthThreePoints() {
        assertThat(scoreOf(problem(pupil("p", 5), mentor("m", Category.GRADUATE).trained().capacity(2).load(1))).parts())
                .contains(new ScorePart(Criterion.TRAINED, 3, "обучение пройдено"));
        assertThat(scoreOf(problem(pupil("p", 5), mentor("m", Category.GRADUATE).capacity(2).load(1))).parts())
                .contains(new ScorePart(Criterion.TRAINED, 0, "обучение не пройдено"));
    }

    @Test
    void aMentorWithoutActivePairsIsWorthTwoPoints() {
        assertThat(scoreOf(problem(pupil("p", 5), mentor("m", Category.GRADUATE))).parts())
                .contains(new ScorePart(Criterion.NO_ACTIVE_PAIRS, 2, "действующих пар нет"));
        assertThat(scoreOf(problem(pupil("p", 5), mentor("m", Category.GRADUATE).capacity(3).load(2))).parts())
                .contains(new ScorePart(Criterion.NO_ACTIVE_PAIRS, 0, "действующих пар: 2"));
    }

    @Test
    void thePartsAddUpToTheScoreWithAnyWeights() {
        MatchingProblem problem = problem(pupil("p", 6, "math", "chess"),
                pupilMentor("m", 10).covers("math", "chess").prefers(MentoringForm.PUPIL_PUPIL).trained());

        Score defaults = scoreOf(problem);
        Score custom = scoreOf(problem.withSettings(MatchingSettings.defaults()
                .withWeights(new Weights(7, 11, 13, 1, 17, 19))));

        assertThat(defaults.parts()).extracting(ScorePart::code)
                .containsExactly("REQUESTS_MET", "PREFERRED_FORM", "GRADE_GAP", "TRAINED", "NO_ACTIVE_PAIRS");
        assertThat(defaults.parts()).extracting(ScorePart::points).containsExactly(20, 5, 4, 3, 2);
        assertThat(defaults.total()).isEqualTo(34);
        assertThat(custom.parts()).extracting(ScorePart::points).containsExactly(14, 11, 12, 17, 19);
        assertThat(custom.total()).isEqualTo(73);
        assertThat(defaults.parts()).extracting(ScorePart::title).allSatisfy(title -> assertThat(title).matches("[А-Я].*"));
    }

    @Test
    void aScoreWhosePartsDoNotAddUpCannotExist() {
        assertThatThrownBy(() -> new Score(5, List.of(new ScorePart(Criterion.TRAINED, 3, "обучение пройдено"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(-1, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchingSettings.defaults().withIdealGradeGap(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
