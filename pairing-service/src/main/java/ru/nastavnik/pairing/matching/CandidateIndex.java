package ru.nastavnik.pairing.matching;

import java.util.ArrayList;
import java.util.List;

import ru.nastavnik.contracts.vocabulary.MentoringForm;

/**
 * The eligible mentors of every open mentee, found through buckets of mentors (by category, pupils also by grade)
 * instead of testing every pair: a district's 10,000 × 3,000 pairs would be 30 million rule checks, while the
 * buckets touch only mentors that can possibly fit. Within a bucket the only pair-level checks left are "not the
 * same person" and bans. Agrees with {@link Eligibility#firstFailure} by construction, and the tests check it.
 */
final class CandidateIndex implements CandidateGenerator {

    private static final int NO_GRADE = 0;

    @Override
    public Candidates generate(Instance instance, Scorer scorer) {
        Buckets buckets = new Buckets(instance);
        int[] open = instance.open();
        Candidates.Builder builder = new Candidates.Builder(open.length, open.length * 8);
        List<int[]> sources = new ArrayList<>(6);
        for (int mentee : open) {
            sources.clear();
            buckets.collect(instance.mentee(mentee), sources);
            for (int[] bucket : sources) {
                for (int mentor : bucket) {
                    if (!instance.mentor(mentor).id().equals(instance.mentee(mentee).id())
                            && !instance.isBanned(mentee, mentor)) {
                        builder.add(mentor, scorer.total(mentee, mentor));
                    }
                }
            }
            builder.endRow();
        }
        return builder.build();
    }

    /** Mentors that pass every rule about the mentor alone (selection, training), grouped by what they can do. */
    private static final class Buckets {
        private final MentoringForm roundForm;
        /** Pupil mentors of grades 9–11, by grade. */
        private final int[][] pupilsByGrade = new int[Validation.MAX_GRADE + 1][];
        private final int[] experiencedTeachers;
        private final int[] collegeStudents;
        private final int[] graduates;
        private final int[] employers;

        Buckets(Instance instance) {
            roundForm = instance.form();
            boolean requireTraining = instance.settings().requireTraining();
            List<List<Integer>> pupils = new ArrayList<>();
            for (int grade = 0; grade <= Validation.MAX_GRADE; grade++) {
                pupils.add(new ArrayList<>());
            }
            List<Integer> teachers = new ArrayList<>();
            List<Integer> students = new ArrayList<>();
            List<Integer> graduated = new ArrayList<>();
            List<Integer> partners = new ArrayList<>();
            for (int j = 0; j < instance.mentorCount(); j++) {
                Mentor mentor = instance.mentor(j);
                if (mentor.selection() != Selection.SELECTED || requireTraining && !mentor.trained()) {
                    continue;
                }
                switch (mentor.category()) {
                    case PUPIL -> {
                        if (mentor.grade() != null && mentor.grade() >= Eligibility.PUPIL_MENTOR_MIN_GRADE) {
                            pupils.get(mentor.grade()).add(j);
                        }
                    }
                    case TEACHER -> {
                        if (mentor.experience() != ExperienceBand.UP_TO_3) {
                            teachers.add(j);
                        }
                    }
                    case COLLEGE_STUDENT -> students.add(j);
                    case GRADUATE -> graduated.add(j);
                    case PARTNER_EMPLOYEE -> partners.add(j);
                    default -> {
                        // young and new teachers mentor no one in the target model
                    }
                }
            }
            for (int grade = 0; grade <= Validation.MAX_GRADE; grade++) {
                pupilsByGrade[grade] = toArray(pupils.get(grade));
            }
            experiencedTeachers = toArray(teachers);
            collegeStudents = toArray(students);
            graduates = toArray(graduated);
            employers = toArray(partners);
        }

        /** Adds the buckets that hold this mentee's possible mentors (the forms its category allows, in the round). */
        void collect(Mentee mentee, List<int[]> into) {
            int grade = mentee.grade() == null ? NO_GRADE : mentee.grade();
            switch (mentee.category()) {
                case PUPIL -> {
                    if (allows(MentoringForm.PUPIL_PUPIL) && grade != NO_GRADE) {
                        int lowest = Math.max(Eligibility.PUPIL_MENTOR_MIN_GRADE, grade + Eligibility.MIN_GRADE_GAP);
                        for (int mentorGrade = lowest; mentorGrade <= Validation.MAX_GRADE; mentorGrade++) {
                            into.add(pupilsByGrade[mentorGrade]);
                        }
                    }
                    if (allows(MentoringForm.STUDENT_PUPIL)) {
                        into.add(collegeStudents);
                        into.add(graduates);
                    }
                    if (allows(MentoringForm.EMPLOYER_PUPIL) && grade >= Eligibility.EMPLOYER_MENTEE_MIN_GRADE) {
                        into.add(employers);
                    }
                }
                case YOUNG_TEACHER, NEW_TEACHER -> {
                    if (allows(MentoringForm.TEACHER_TEACHER)) {
                        into.add(experiencedTeachers);
                    }
                }
                case COLLEGE_STUDENT -> {
                    if (allows(MentoringForm.STUDENT_STUDENT)) {
                        into.add(collegeStudents);
                    }
                    if (allows(MentoringForm.EMPLOYER_STUDENT)) {
                        into.add(employers);
                    }
                }
                default -> {
                    // a teacher, a graduate or an employee is never a mentee in the target model's forms
                }
            }
        }

        private boolean allows(MentoringForm form) {
            return roundForm == null || roundForm == form;
        }

        private static int[] toArray(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
