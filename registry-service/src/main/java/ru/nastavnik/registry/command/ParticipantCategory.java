package ru.nastavnik.registry.command;

/** What kind of person a participant is; indicators count by it. */
public enum ParticipantCategory {
    PUPIL("Обучающийся"),
    YOUNG_TEACHER("Молодой педагог (стаж до 3 лет)"),
    NEW_TEACHER("Педагог, новый в организации"),
    TEACHER("Педагог"),
    GRADUATE("Выпускник"),
    COLLEGE_STUDENT("Студент колледжа или вуза"),
    PARTNER_EMPLOYEE("Сотрудник организации-партнёра");

    private final String title;

    ParticipantCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
