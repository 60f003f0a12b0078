package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.pairing.matching.Fixtures.mentor;
import static ru.nastavnik.pairing.matching.Fixtures.pairOf;
import static ru.nastavnik.pairing.matching.Fixtures.problem;
import static ru.nastavnik.pairing.matching.Fixtures.pupil;
import static ru.nastavnik.pairing.matching.Fixtures.pupilMentor;
import static ru.nastavnik.pairing.matching.Fixtures.requestsOnly;
import static ru.nastavnik.pairing.matching.Fixtures.unmatchedOf;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each kind of explanation, on an instance where it is the only right one. */
class MatchingExplanationTest {

    private static final MatchingSettings REQUESTS_ONLY = MatchingSettings.defaults().withWeights(requestsOnly());

    @Test
    void theRunnerUpScoredLess() {
        MatchingProblem problem = problem(pupil("p", 5, "a", "b"),
                mentor("good", Category.GRADUATE).covers("a", "b"),
                mentor("fair", Category.GRADUATE).covers("a"),
                mentor("poor", Category.GRADUATE))
                .withSettings(REQUESTS_ONLY);

        ProposedPair pair = pairOf(Matcher.propose(problem), "p");

        assertThat(pair.mentorId()).isEqualTo("good");
        assertThat(pair.alternative()).isInstanceOfSatisfying(Alternative.LowerScore.class, lower -> {
            assertThat(lower.mentorId()).isEqualTo("fair");
            assertThat(lower.score().total()).isEqualTo(1);
            assertThat(lower.chosenScore()).isEqualTo(2);
        });
        assertThat(pair.alternative().explanation()).isEqualTo("у следующего наставника меньше баллов: 1 против 2");
    }

    @Test
    void theBetterMentorsPlacesWereTakenByOtherPairsPinsAndActivePairs() {
        // both want "star"; y gains more from it (2 against 1), so x goes to "plain"
        MatchingProblem problem = problem(List.of(pupil("x", 5, "a"), pupil("y", 5, "a", "b"), pupil("z", 5)),
                mentor("star", Category.GRADUATE).covers("a", "b").capacity(3).load(1),
                mentor("plain", Category.GRADUATE).capacity(2))
                .withPins(List.of(new Pin("z", "star")))
                .withSettings(REQUESTS_ONLY);

        Proposal proposal = Matcher.propose(problem);

        assertThat(pairOf(proposal, "y").mentorId()).isEqualTo("star");
        ProposedPair x = pairOf(proposal, "x");
        assertThat(x.mentorId()).isEqualTo("plain");
        assertThat(x.alternative()).isEqualTo(new Alternative.CapacityTaken("star",
                new Score(1, List.of(
                        new ScorePart(Criterion.REQUESTS_MET, 1, "закрыто 1 из 1: a"),
                        new ScorePart(Criterion.PREFERRED_FORM, 0, "наставник не указал желаемые формы"),
                        new ScorePart(Criterion.TRAINED, 0, "обучение не пройдено"),
                        new ScorePart(Criterion.NO_ACTIVE_PAIRS, 0, "действующих пар: 1"))),
                0, new Places(3, 1, List.of("z"), List.of("y"))));
        assertThat(x.alternative().explanation()).isEqualTo("у наставника с 1 баллами (у выбранного 0) не осталось мест;"
                + " мест 3: действующие пары — 1, закреплены куратором — 1, предложены в этом подборе — 1");
    }

    @Test
    void aTieIsBrokenByOrderAndSaidSo() {
        MatchingProblem problem = problem(pupil("p", 5, "a"),
                mentor("m1", Category.GRADUATE).covers("a"),
                mentor("m2", Category.GRADUATE).covers("a"));

        ProposedPair pair = pairOf(Matcher.propose(problem), "p");

        assertThat(pair.alternative()).isInstanceOfSatisfying(Alternative.EqualScore.class, equal -> {
            assertThat(equal.mentorId()).isNotEqualTo(pair.mentorId());
            assertThat(equal.score()).isEqualTo(pair.score());
        });
        assertThat(pair.alternative().explanation()).isEqualTo("у другого наставника столько же баллов (12); выбор сделан по порядку");
    }

    @Test
    void withNoOtherEligibleMentorTheNearestMissAndItsRuleAreShown() {
        // "far" scores best but makes no form with a pupil; "banned" only misses by the curator's ban: it is nearer
        MatchingProblem problem = problem(pupil("p", 5, "a", "b"),
                mentor("only", Category.GRADUATE),
                mentor("far", Category.TEACHER).covers("a", "b").experience(ExperienceBand.OVER_3),
                pupilMentor("young", 6).covers("a", "b"),
                mentor("banned", Category.GRADUATE).covers("a"),
                mentor("untrained", Category.COLLEGE_STUDENT).covers("a", "b").selection(Selection.CANDIDATE))
                .withBans(Set.of(new Ban("p", "banned")));

        ProposedPair pair = pairOf(Matcher.propose(problem), "p");

        assertThat(pair.mentorId()).isEqualTo("only");
        assertThat(pair.alternative()).isInstanceOfSatisfying(Alternative.Ineligible.class, miss -> {
            assertThat(miss.mentorId()).isEqualTo("banned");
            assertThat(miss.rule()).isEqualTo(Rule.BANNED);
            assertThat(miss.score().total()).isEqualTo(12);
        });
        assertThat(pair.alternative().explanation())
                .isEqualTo("других подходящих наставников нет; ближайший не подошёл: пару запретил куратор");
    }

    @Test
    void theNearestMissNamesTheGradeRule() {
        MatchingProblem problem = problem(pupil("p", 9),
                pupilMentor("eleven", 11),
                pupilMentor("ten", 10));

        ProposedPair pair = pairOf(Matcher.propose(problem), "p");

        assertThat(pair.alternative()).isEqualTo(new Alternative.Ineligible("ten",
                new Score(4, List.of(
                        new ScorePart(Criterion.REQUESTS_MET, 0, "у наставляемого нет запросов"),
                        new ScorePart(Criterion.PREFERRED_FORM, 0, "наставник не указал желаемые формы"),
                        new ScorePart(Criterion.GRADE_GAP, 2, "разница 1 кл., лучше всего 3 кл."),
                        new ScorePart(Criterion.TRAINED, 0, "обучение не пройдено"),
                        new ScorePart(Criterion.NO_ACTIVE_PAIRS, 2, "действующих пар нет"))),
                Rule.GRADE_GAP));
        assertThat(pair.alternative().explanation()).endsWith("разница в классах меньше двух");
    }

    @Test
    void aLoneMentorHasNoAlternative() {
        ProposedPair pair = pairOf(Matcher.propose(problem(pupil("p", 5), mentor("m", Category.GRADUATE))), "p");

        assertThat(pair.alternative()).isEqualTo(new Alternative.NoOtherMentor());
        assertThat(pair.alternative().explanation()).isEqualTo("других наставников нет");
    }

    @Test
    void aPinnedPairSaysTheCuratorFixedIt() {
        ProposedPair pair = pairOf(Matcher.propose(problem(pupil("p", 5),
                mentor("m", Category.GRADUATE), mentor("n", Category.GRADUATE).covers("x"))
                .withPins(List.of(new Pin("p", "m")))), "p");

        assertThat(pair.pinned()).isTrue();
        assertThat(pair.alternative().explanation()).isEqualTo("пару закрепил куратор");
    }

    @Test
    void anUnmatchedMenteeWithoutEligibleMentorsGetsTheCountsPerRule() {
        Proposal proposal = Matcher.propose(problem(pupil("p", 10),
                pupilMentor("same-grade", 10), pupilMentor("one-up", 11),
                mentor("teacher", Category.TEACHER),
                mentor("candidate", Category.GRADUATE).selection(Selection.CANDIDATE)));

        UnmatchedReason reason = unmatchedOf(proposal, "p").reason();

        assertThat(reason.kind()).isEqualTo(UnmatchedReason.Kind.NO_ELIGIBLE_MENTOR);
        assertThat(reason.explanation()).isEqualTo("нет подходящих наставников: для этих категорий участников нет"
                + " формы наставничества — 1; разница в классах меньше двух — 2; наставник не прошёл отбор — 1");
        assertThat(proposal.objective().unmatched()).isEqualTo(1);
        assertThat(unmatchedOf(Matcher.propose(MatchingProblem.of(List.of(pupil("p", 5)), List.of())), "p")
                .reason().explanation()).isEqualTo("в базе нет наставников");
    }

    @Test
    void anUnmatchedMenteeWhoseMentorsAreFullGetsThePairsThatTookThePlaces() {
        MatchingProblem problem = problem(List.of(pupil("a", 5, "x", "y"), pupil("b", 5, "x"), pupil("c", 5)),
                mentor("m1", Category.GRADUATE).covers("x", "y"),
                mentor("m2", Category.GRADUATE).covers("x").capacity(2).load(1))
                .withSettings(REQUESTS_ONLY);

        Proposal proposal = Matcher.propose(problem);

        // a takes m1 (2 points), b takes m2's last place (1 point); c, who asks nothing, scores 0 anywhere
        UnmatchedReason reason = unmatchedOf(proposal, "c").reason();
        assertThat(reason).isInstanceOfSatisfying(UnmatchedReason.AllEligibleFull.class, full -> {
            assertThat(full.eligibleMentors()).isEqualTo(2);
            assertThat(full.bestMentors()).extracting(UnmatchedReason.FullMentor::mentorId).containsExactly("m1", "m2");
            assertThat(full.bestMentors()).extracting(UnmatchedReason.FullMentor::places).containsExactly(
                    new Places(1, 0, List.of(), List.of("a")),
                    new Places(2, 1, List.of(), List.of("b")));
        });
        assertThat(reason.explanation()).isEqualTo("все подходящие наставники (2) заняты;"
                + " 0 баллов, мест 1: действующие пары — 0, закреплены куратором — 0, предложены в этом подборе — 1;"
                + " 0 баллов, мест 2: действующие пары — 1, закреплены куратором — 0, предложены в этом подборе — 1");
    }

    @Test
    void anExcludedMenteeIsSaidToBeExcluded() {
        Proposal proposal = Matcher.propose(problem(pupil("p", 5), mentor("m", Category.GRADUATE))
                .withExcludedMentees(Set.of("p")));

        assertThat(unmatchedOf(proposal, "p").reason().explanation()).isEqualTo("куратор исключил наставляемого из этого подбора");
        assertThat(proposal.objective().excluded()).isEqualTo(1);
        assertThat(proposal.objective().unmatched()).isZero();
    }
}
