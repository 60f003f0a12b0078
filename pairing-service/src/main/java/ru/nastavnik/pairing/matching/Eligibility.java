package ru.nastavnik.pairing.matching;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * The hard rules of who may mentor whom, pair by pair. This is the one statement of the rules: pins are checked
 * here, explanations name the rule found here, and {@link CandidateIndex} (which avoids asking about every pair)
 * must agree with it, which the tests check.
 */
final class Eligibility {

    /** A pupil mentor is at least this many grades above the mentee. */
    static final int MIN_GRADE_GAP = 2;
    static final int PUPIL_MENTOR_MIN_GRADE = 9;
    static final int EMPLOYER_MENTEE_MIN_GRADE = 8;

    private static final MentoringForm[][] FORMS = new MentoringForm[Category.values().length][Category.values().length];

    static {
        // [mentor][mentee]: the form follows from the two categories, so a round for one form is a filter on pairs
        form(Category.PUPIL, Category.PUPIL, MentoringForm.PUPIL_PUPIL);
        form(Category.TEACHER, Category.YOUNG_TEACHER, MentoringForm.TEACHER_TEACHER);
        form(Category.TEACHER, Category.NEW_TEACHER, MentoringForm.TEACHER_TEACHER);
        form(Category.COLLEGE_STUDENT, Category.PUPIL, MentoringForm.STUDENT_PUPIL);
        form(Category.GRADUATE, Category.PUPIL, MentoringForm.STUDENT_PUPIL);
        form(Category.PARTNER_EMPLOYEE, Category.PUPIL, MentoringForm.EMPLOYER_PUPIL);
        form(Category.COLLEGE_STUDENT, Category.COLLEGE_STUDENT, MentoringForm.STUDENT_STUDENT);
        form(Category.PARTNER_EMPLOYEE, Category.COLLEGE_STUDENT, MentoringForm.EMPLOYER_STUDENT);
    }

    private static void form(Category mentor, Category mentee, MentoringForm form) {
        FORMS[mentor.ordinal()][mentee.ordinal()] = form;
    }

    private Eligibility() {
    }

    /** The form a mentor of one category and a mentee of another would make, {@code null} when none. */
    static MentoringForm formOf(Category mentor, Category mentee) {
        return FORMS[mentor.ordinal()][mentee.ordinal()];
    }

    /**
     * The first hard rule (in {@link Rule}'s order) that forbids this pair, or {@code null} when the pair is
     * allowed. Capacity is not a rule of the pair: it is the flow's business.
     */
    static Rule firstFailure(Instance instance, int mentee, int mentor) {
        Mentee who = instance.mentee(mentee);
        Mentor by = instance.mentor(mentor);
        Rule rule = pairRule(who, by, instance.form(), instance.settings().requireTraining());
        if (rule != null) {
            return rule;
        }
        return instance.isBanned(mentee, mentor) ? Rule.BANNED : null;
    }

    /** Every rule but the ban (which needs the instance's ban list). */
    static Rule pairRule(Mentee mentee, Mentor mentor, MentoringForm roundForm, boolean requireTraining) {
        if (mentee.id().equals(mentor.id())) {
            return Rule.SAME_PERSON;
        }
        MentoringForm form = formOf(mentor.category(), mentee.category());
        if (form == null) {
            return Rule.NO_FORM_FOR_CATEGORIES;
        }
        if (roundForm != null && roundForm != form) {
            return Rule.OTHER_FORM;
        }
        Rule formRule = formRule(form, mentee, mentor);
        if (formRule != null) {
            return formRule;
        }
        if (mentor.selection() != Selection.SELECTED) {
            return Rule.NOT_SELECTED;
        }
        if (requireTraining && !mentor.trained()) {
            return Rule.NOT_TRAINED;
        }
        return null;
    }

    private static Rule formRule(MentoringForm form, Mentee mentee, Mentor mentor) {
        switch (form) {
            case PUPIL_PUPIL -> {
                if (mentor.grade() == null || mentee.grade() == null) {
                    return Rule.GRADE_UNKNOWN;
                }
                if (mentor.grade() < PUPIL_MENTOR_MIN_GRADE) {
                    return Rule.MENTOR_GRADE;
                }
                if (mentee.grade() > mentor.grade() - MIN_GRADE_GAP) {
                    return Rule.GRADE_GAP;
                }
                return null;
            }
            case EMPLOYER_PUPIL -> {
                if (mentee.grade() == null) {
                    return Rule.GRADE_UNKNOWN;
                }
                return mentee.grade() < EMPLOYER_MENTEE_MIN_GRADE ? Rule.MENTEE_GRADE_FOR_EMPLOYER : null;
            }
            case TEACHER_TEACHER -> {
                // "experienced" is read as "not known to be 0–3 years": the category TEACHER already says so
                return mentor.experience() == ExperienceBand.UP_TO_3 ? Rule.MENTOR_EXPERIENCE : null;
            }
            default -> {
                return null;
            }
        }
    }
}
