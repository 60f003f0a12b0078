package ru.nastavnik.pairing.matching;

/**
 * A hard rule of who may mentor whom. The declaration order is the order of the checks: from the most fundamental
 * (the categories make no form) to the most easily changed by the curator (a ban), so that "the rule that
 * excluded a mentor" is the first one that fails and the counts per rule add up to the number of mentors.
 */
public enum Rule {
    SAME_PERSON("наставник и наставляемый — один человек"),
    NO_FORM_FOR_CATEGORIES("для этих категорий участников нет формы наставничества"),
    OTHER_FORM("другая форма наставничества"),
    GRADE_UNKNOWN("не указан класс"),
    MENTOR_GRADE("наставник-ученик учится не в 9–11 классе"),
    GRADE_GAP("разница в классах меньше двух"),
    MENTEE_GRADE_FOR_EMPLOYER("работодатель наставляет учеников 8–11 классов"),
    MENTOR_EXPERIENCE("у наставника-учителя стаж до трёх лет"),
    NOT_SELECTED("наставник не прошёл отбор"),
    NOT_TRAINED("наставник не обучен"),
    BANNED("пару запретил куратор");

    private final String title;

    Rule(String title) {
        this.title = title;
    }

    /** The rule in Russian, as the curator reads it. */
    public String title() {
        return title;
    }
}
