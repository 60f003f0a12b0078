package ru.nastavnik.registry.command;

import java.util.Set;

import ru.nastavnik.platform.web.RuleViolationException;

/**
 * What a person's entry into a base must satisfy. The Participant aggregate decides with these rules; an import
 * preview checks each row with the very same rules before anything is stored.
 */
public final class EnrolmentRules {

    private static final Set<String> AGE_BANDS = Set.of("under-10", "10-14", "15-18", "adult");
    private static final Set<String> EXPERIENCE_BANDS = Set.of("0-3", "over-3");
    private static final Set<ParticipantCategory> TEACHERS = Set.of(ParticipantCategory.TEACHER,
            ParticipantCategory.YOUNG_TEACHER, ParticipantCategory.NEW_TEACHER);

    private EnrolmentRules() {
    }

    /** Throws the first rule the enrolment breaks, in Russian. */
    public static void requireEnrollable(EnrolParticipantCommand command) {
        Consent consent = command.consent();
        if (consent == null || !consent.scopes().contains(ConsentScope.PROCESSING)) {
            throw RuleViolationException.unprocessable("consent-required",
                    "Без согласия на обработку персональных данных человека нельзя внести в базу");
        }
        if (consent.signedOn() == null || consent.signedOn().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("consent-date",
                    "Дата согласия не может быть позже сегодняшнего дня");
        }
        if (command.minor() && (consent.signedBy() != ConsentSigner.GUARDIAN || consent.sealedSignerName().isEmpty())) {
            throw RuleViolationException.unprocessable("guardian-consent-required",
                    "За несовершеннолетнего согласие подписывает родитель (законный представитель): укажите его");
        }
        if (!command.role().admits(command.category())) {
            throw RuleViolationException.unprocessable("category-not-for-role",
                    command.role().title() + " не может быть из категории «" + command.category().title() + "»");
        }
        if (command.ageBand() == null || !AGE_BANDS.contains(command.ageBand())) {
            throw RuleViolationException.unprocessable("age-band", "Возраст участника не определён: укажите дату рождения");
        }
        requireGradeFits(command);
        if (isTeacher(command.category())
                && (command.experienceBand() == null || !EXPERIENCE_BANDS.contains(command.experienceBand()))) {
            throw RuleViolationException.unprocessable("experience-required", "Укажите педагогический стаж");
        }
        if (command.category() == ParticipantCategory.YOUNG_TEACHER && !"0-3".equals(command.experienceBand())) {
            throw RuleViolationException.unprocessable("young-teacher-experience",
                    "Молодой педагог — это стаж до 3 лет; при большем стаже выберите другую категорию");
        }
        boolean employee = command.category() == ParticipantCategory.PARTNER_EMPLOYEE;
        if (employee && (command.partnerId() == null || command.partnerId().isBlank())) {
            throw RuleViolationException.unprocessable("partner-required",
                    "Укажите организацию-партнёра, сотрудником которой является наставник");
        }
        if (!employee && command.partnerId() != null) {
            throw RuleViolationException.unprocessable("partner-not-applicable",
                    "Организация-партнёр указывается только для её сотрудников");
        }
        if (command.personalData() == null || command.personalData().fullName().isEmpty()) {
            throw RuleViolationException.unprocessable("name-required", "Укажите фамилию, имя и отчество");
        }
    }

    public static boolean isTeacher(ParticipantCategory category) {
        return TEACHERS.contains(category);
    }

    private static void requireGradeFits(EnrolParticipantCommand command) {
        if (command.category() != ParticipantCategory.PUPIL) {
            return;
        }
        int lowest = command.role() == ParticipantRole.MENTOR ? 9 : 1;
        if (command.grade() == null || command.grade() < lowest || command.grade() > 11) {
            throw RuleViolationException.unprocessable("grade-range", command.role() == ParticipantRole.MENTOR
                    ? "Наставником может быть обучающийся 9–11 классов"
                    : "Укажите класс обучающегося: от 1 до 11");
        }
    }
}
