package ru.nastavnik.registry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

/**
 * A person in a school's base of mentors or mentees (база наставников / наставляемых). Nothing is recorded
 * without consent; once consent is withdrawn the entry is closed for good.
 */
@Aggregate
class Participant {

    private static final Set<String> AGE_BANDS = Set.of("under-10", "10-14", "15-18", "adult");
    private static final Set<String> EXPERIENCE_BANDS = Set.of("0-3", "over-3");
    private static final int MAX_CAPACITY = 30;
    private static final int MAX_COURSE_HOURS = 1000;

    @AggregateIdentifier
    private String participantId;
    private String schoolId;
    private String municipalityId;
    private ParticipantRole role;
    private boolean withdrawn;

    Participant() {
        // for Axon
    }

    @CommandHandler
    Participant(EnrolParticipantCommand command) {
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
        if (!AGE_BANDS.contains(command.ageBand())) {
            throw RuleViolationException.unprocessable("age-band", "Возраст участника не определён: укажите дату рождения");
        }
        requireGradeFits(command);
        boolean teacher = Set.of(ParticipantCategory.TEACHER, ParticipantCategory.YOUNG_TEACHER,
                ParticipantCategory.NEW_TEACHER).contains(command.category());
        if (teacher && !EXPERIENCE_BANDS.contains(command.experienceBand())) {
            throw RuleViolationException.unprocessable("experience-required", "Укажите педагогический стаж");
        }
        if (command.category() == ParticipantCategory.YOUNG_TEACHER && !"0-3".equals(command.experienceBand())) {
            throw RuleViolationException.unprocessable("young-teacher-experience",
                    "Молодой педагог — это стаж до 3 лет; при большем стаже выберите другую категорию");
        }
        if (command.personalData() == null || command.personalData().fullName().isEmpty()) {
            throw RuleViolationException.unprocessable("name-required", "Укажите фамилию, имя и отчество");
        }
        apply(new ParticipantEnrolled(command.participantId(), command.schoolId(), command.municipalityId(),
                command.role(), command.category(), command.ageBand(), command.grade(),
                teacher ? command.experienceBand() : null, consent, command.personalData()));
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

    @CommandHandler
    void handle(RecordMenteeRequestsCommand command) {
        requireActive(command.actingSchoolId());
        requireRole(ParticipantRole.MENTEE, "Запросы записываются наставляемым");
        if (command.requests().isEmpty() && command.sealedNote().isEmpty()) {
            throw RuleViolationException.unprocessable("requests-empty",
                    "Выберите хотя бы один запрос из списка или опишите его своими словами");
        }
        apply(new MenteeRequestsRecorded(participantId, schoolId, municipalityId,
                command.requests().stream().sorted().toList(), command.sealedNote()));
    }

    @CommandHandler
    void handle(DescribeMentorCommand command) {
        requireActive(command.actingSchoolId());
        requireRole(ParticipantRole.MENTOR, "Компетенции и нагрузка записываются наставнику");
        if (command.capacity() < 1 || command.capacity() > MAX_CAPACITY) {
            throw RuleViolationException.unprocessable("capacity-range",
                    "Число наставляемых у одного наставника — от 1 до " + MAX_CAPACITY);
        }
        apply(new MentorDescribed(participantId, schoolId, municipalityId,
                command.competencies() == null ? "" : command.competencies().strip(),
                command.preferredForms().stream().sorted().toList(), command.capacity()));
    }

    @CommandHandler
    void handle(RecordMentorSelectionCommand command) {
        requireActive(command.actingSchoolId());
        requireRole(ParticipantRole.MENTOR, "Отбор проходят наставники");
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (command.selection() == MentorSelection.NOT_SELECTED && reason.isEmpty()) {
            throw RuleViolationException.unprocessable("selection-reason-required",
                    "Укажите, почему кандидат не отобран: это увидит куратор при следующем отборе");
        }
        apply(new MentorSelectionRecorded(participantId, schoolId, municipalityId, command.selection(), reason));
    }

    @CommandHandler
    void handle(RecordMentorTrainingCommand command) {
        requireActive(command.actingSchoolId());
        requireRole(ParticipantRole.MENTOR, "Обучение записывается наставнику");
        if (command.course() == null || command.course().isBlank()) {
            throw RuleViolationException.unprocessable("course-required", "Укажите название курса");
        }
        if (command.hours() < 1 || command.hours() > MAX_COURSE_HOURS) {
            throw RuleViolationException.unprocessable("hours-range",
                    "Объём курса — от 1 до " + MAX_COURSE_HOURS + " часов");
        }
        if (command.certificateDate() == null || command.certificateDate().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("certificate-date",
                    "Дата удостоверения не может быть позже сегодняшнего дня");
        }
        apply(new MentorTrainingRecorded(participantId, schoolId, municipalityId, command.trainingId(),
                command.course().strip(), command.hours(), command.sealedCertificateNumber(),
                command.certificateDate()));
    }

    @CommandHandler
    void handle(WithdrawConsentCommand command) {
        requireOwnSchool(command.actingSchoolId());
        if (withdrawn) {
            throw RuleViolationException.conflict("consent-already-withdrawn",
                    "Согласие уже отозвано, данные участника удалены");
        }
        if (command.withdrawnOn() == null || command.withdrawnOn().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("withdrawal-date",
                    "Дата отзыва согласия не может быть позже сегодняшнего дня");
        }
        apply(new ConsentWithdrawn(participantId, schoolId, municipalityId, role, command.withdrawnOn()));
    }

    private void requireActive(String actingSchoolId) {
        requireOwnSchool(actingSchoolId);
        if (withdrawn) {
            throw RuleViolationException.conflict("consent-withdrawn",
                    "Согласие отозвано, данные участника удалены: записать ничего нельзя");
        }
    }

    private void requireRole(ParticipantRole expected, String message) {
        if (role != expected) {
            throw RuleViolationException.unprocessable("wrong-role", message);
        }
    }

    /** Another school's participant is answered as absent. */
    private void requireOwnSchool(String actingSchoolId) {
        if (!schoolId.equals(actingSchoolId)) {
            throw new NotFoundException("Участник не найден");
        }
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        participantId = event.participantId();
        schoolId = event.schoolId();
        municipalityId = event.municipalityId();
        role = event.role();
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        withdrawn = true;
    }
}
