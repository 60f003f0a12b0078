package ru.nastavnik.monitoring.questionnaires;

/** Who a campaign asks: the mentors, the mentees (of a form), or the school's curator. */
public enum TargetGroup {
    MENTORS("MENTOR", "наставники"),
    MENTEES("MENTEE", "наставляемые"),
    CURATOR("CURATOR", "куратор программы");

    private final String respondentRole;
    private final String title;

    TargetGroup(String respondentRole, String title) {
        this.respondentRole = respondentRole;
        this.title = title;
    }

    /** The role recorded with each answer (and in satisfaction_answer_fact for mentors and mentees). */
    public String respondentRole() {
        return respondentRole;
    }

    public String title() {
        return title;
    }

    /** Whether a template written for this audience may be sent to this group. */
    boolean accepts(String audience) {
        return switch (this) {
            case MENTORS -> audience.equals("MENTOR") || audience.equals("PARTICIPANT");
            case MENTEES -> audience.equals("MENTEE") || audience.equals("PARTICIPANT");
            case CURATOR -> audience.equals("CURATOR");
        };
    }
}
