package ru.nastavnik.pairing.matching;

import java.util.List;
import java.util.Set;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * Proves that OR-Tools' native library loads where the service runs: solves three pupils and two student mentors
 * and prints the result. Run it from the packaged jar
 * ({@code java -cp pairing-service.jar -Dloader.main=ru.nastavnik.pairing.matching.SolverCheck
 * org.springframework.boot.loader.launch.PropertiesLauncher}); the integration test does exactly that.
 */
public final class SolverCheck {

    private SolverCheck() {
    }

    public static void main(String[] args) {
        // the jar OR-Tools' Loader copies the natives from: a plain file when unpacked, nested: inside the fat jar
        String natives = "ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX + "/";
        System.out.println("natives from " + SolverCheck.class.getClassLoader().getResource(natives));
        Proposal proposal = Matcher.propose(instance());
        for (ProposedPair pair : proposal.pairs()) {
            System.out.println("pair " + pair.menteeId() + " -> " + pair.mentorId() + " score " + pair.score().total());
        }
        ObjectiveValue objective = proposal.objective();
        System.out.println("optimal matched=" + objective.matched() + " totalScore=" + objective.totalScore()
                + " unmatched=" + objective.unmatched());
    }

    /**
     * Mentor s1 (one place, trained) covers math and physics, s2 (two places) only math; nobody covers art. The
     * unique optimum gives s1 to p1, who asks for both (30 points), and p2, p3 to s2 (17 and 7): 54 in all.
     */
    static MatchingProblem instance() {
        List<Mentee> mentees = List.of(
                new Mentee("p1", Category.PUPIL, 7, Set.of("math", "physics")),
                new Mentee("p2", Category.PUPIL, 7, Set.of("math")),
                new Mentee("p3", Category.PUPIL, 8, Set.of("art")));
        Set<MentoringForm> preferred = Set.of(MentoringForm.STUDENT_PUPIL);
        List<Mentor> mentors = List.of(
                new Mentor("s1", Category.COLLEGE_STUDENT, null, null, Set.of("math", "physics"), preferred, 1, 0,
                        Selection.SELECTED, true),
                new Mentor("s2", Category.COLLEGE_STUDENT, null, null, Set.of("math"), preferred, 2, 0,
                        Selection.SELECTED, false));
        return MatchingProblem.of(mentees, mentors);
    }
}
