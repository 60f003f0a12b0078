package ru.nastavnik.pairing.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * The rules and the score written again, straight from the specification and as plainly as possible, without
 * looking at the engine's code: the brute force and the property tests judge the engine by this model, so a slip
 * in the engine's rules or scores shows up as a disagreement instead of being checked against itself.
 */
final class ReferenceModel {

    private final MatchingProblem problem;
    private final Map<String, Mentor> mentors = new HashMap<>();

    ReferenceModel(MatchingProblem problem) {
        this.problem = problem;
        problem.mentors().forEach(mentor -> mentors.put(mentor.id(), mentor));
    }

    Mentor mentor(String id) {
        return mentors.get(id);
    }

    static MentoringForm form(Mentor mentor, Mentee mentee) {
        Category by = mentor.category();
        Category who = mentee.category();
        if (by == Category.PUPIL && who == Category.PUPIL) {
            return MentoringForm.PUPIL_PUPIL;
        }
        if (by == Category.TEACHER && (who == Category.YOUNG_TEACHER || who == Category.NEW_TEACHER)) {
            return MentoringForm.TEACHER_TEACHER;
        }
        if ((by == Category.COLLEGE_STUDENT || by == Category.GRADUATE) && who == Category.PUPIL) {
            return MentoringForm.STUDENT_PUPIL;
        }
        if (by == Category.PARTNER_EMPLOYEE && who == Category.PUPIL) {
            return MentoringForm.EMPLOYER_PUPIL;
        }
        if (by == Category.COLLEGE_STUDENT && who == Category.COLLEGE_STUDENT) {
            return MentoringForm.STUDENT_STUDENT;
        }
        if (by == Category.PARTNER_EMPLOYEE && who == Category.COLLEGE_STUDENT) {
            return MentoringForm.EMPLOYER_STUDENT;
        }
        return null;
    }

    boolean eligible(Mentee mentee, Mentor mentor) {
        MentoringForm form = form(mentor, mentee);
        if (form == null || mentee.id().equals(mentor.id())) {
            return false;
        }
        if (problem.form() != null && problem.form() != form) {
            return false;
        }
        if (mentor.selection() != Selection.SELECTED) {
            return false;
        }
        if (problem.settings().requireTraining() && !mentor.trained()) {
            return false;
        }
        if (problem.bans().contains(new Ban(mentee.id(), mentor.id()))) {
            return false;
        }
        Integer menteeGrade = mentee.grade();
        Integer mentorGrade = mentor.grade();
        return switch (form) {
            case PUPIL_PUPIL -> mentorGrade != null && menteeGrade != null
                    && mentorGrade >= 9 && mentorGrade <= 11 && menteeGrade <= mentorGrade - 2;
            case TEACHER_TEACHER -> mentor.experience() != ExperienceBand.UP_TO_3;
            case EMPLOYER_PUPIL -> menteeGrade != null && menteeGrade >= 8 && menteeGrade <= 11;
            default -> true;
        };
    }

    int score(Mentee mentee, Mentor mentor) {
        Weights weights = problem.settings().weights();
        MentoringForm form = form(mentor, mentee);
        int score = 0;
        for (String request : mentee.requests()) {
            if (mentor.competencies().contains(request)) {
                score += weights.requestMet();
            }
        }
        if (mentor.preferredForms().contains(form)) {
            score += weights.preferredForm();
        }
        if (form == MentoringForm.PUPIL_PUPIL) {
            int away = Math.abs(mentor.grade() - mentee.grade() - problem.settings().idealGradeGap());
            score += Math.max(0, weights.gradeGap() - weights.gradeGapPenalty() * away);
        }
        if (mentor.trained()) {
            score += weights.trained();
        }
        if (mentor.activeLoad() == 0) {
            score += weights.noActivePairs();
        }
        return score;
    }

    /** Places for new pairs in this round, pins included. */
    static int placesForRound(Mentor mentor) {
        return Math.max(0, mentor.capacity() - mentor.activeLoad());
    }

    Set<String> excluded() {
        return problem.excludedMentees();
    }
}
