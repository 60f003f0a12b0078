package ru.nastavnik.registry.command;

import java.util.Set;

/** Who a person is in the programme, and the categories each role admits (DOMAIN.md: mentors and mentees). */
public enum ParticipantRole {
    /** Наставляемый: a pupil, a young teacher (0–3 years), a teacher new to the school. */
    MENTEE("Наставляемый", Set.of(ParticipantCategory.PUPIL, ParticipantCategory.YOUNG_TEACHER,
            ParticipantCategory.NEW_TEACHER)),
    /** Наставник: a teacher, a pupil of grades 9–11, a graduate, a college student, a partner's employee. */
    MENTOR("Наставник", Set.of(ParticipantCategory.TEACHER, ParticipantCategory.PUPIL, ParticipantCategory.GRADUATE,
            ParticipantCategory.COLLEGE_STUDENT, ParticipantCategory.PARTNER_EMPLOYEE)),
    /** Куратор программы. */
    CURATOR("Куратор", Set.of(ParticipantCategory.TEACHER));

    private final String title;
    private final Set<ParticipantCategory> categories;

    ParticipantRole(String title, Set<ParticipantCategory> categories) {
        this.title = title;
        this.categories = categories;
    }

    public String title() {
        return title;
    }

    boolean admits(ParticipantCategory category) {
        return categories.contains(category);
    }
}
