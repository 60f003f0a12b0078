package ru.nastavnik.pairing.command;

/** Forms of mentoring (форма наставничества) of the target model. */
public enum MentoringForm {
    /** «ученик – ученик». */
    STUDENT_STUDENT,
    /** «учитель – учитель». */
    TEACHER_TEACHER,
    /** «студент – ученик». */
    UNIVERSITY_STUDENT_PUPIL,
    /** «работодатель – ученик». */
    EMPLOYER_PUPIL
}
