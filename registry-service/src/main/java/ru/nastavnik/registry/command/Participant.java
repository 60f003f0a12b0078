package ru.nastavnik.registry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;


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
        EnrolmentRules.requireEnrollable(command);
        apply(new ParticipantEnrolled(command.participantId(), command.schoolId(), command.municipalityId(),
                command.role(), command.category(), command.ageBand(), command.grade(),
                EnrolmentRules.isTeacher(command.category()) ? command.experienceBand() : null, command.consent(),
                command.personalData(), command.partnerId()));
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
                command.preferredForms().stream().sorted().toList(), command.capacity(),
                command.competencyCodes().stream().sorted().toList()));
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
    void handle(RecordMentorAnswersCommand command) {
        requireActive(command.actingSchoolId());
        requireRole(ParticipantRole.MENTOR, "Анкету наставника заполняет наставник");
        if (command.scores().isEmpty() && command.sealedTexts().values().stream().allMatch(String::isEmpty)) {
            throw RuleViolationException.unprocessable("answers-empty", "Ответьте хотя бы на один вопрос анкеты");
        }
        command.scores().forEach((code, score) -> {
            requireQuestion(code, MentorQuestionnaire.Kind.SCALE);
            if (score == null || score < 1 || score > 5) {
                throw RuleViolationException.unprocessable("score-range",
                        "Ответ на вопрос «" + MentorQuestionnaire.question(code).orElseThrow().text()
                                + "» — число от 1 до 5");
            }
        });
        command.sealedTexts().keySet().forEach(code -> requireQuestion(code, MentorQuestionnaire.Kind.TEXT));
        apply(new MentorAnswersRecorded(participantId, schoolId, municipalityId, MentorQuestionnaire.VERSION,
                command.scores(), command.sealedTexts()));
    }

    private static void requireQuestion(String code, MentorQuestionnaire.Kind kind) {
        if (MentorQuestionnaire.question(code).filter(question -> question.kind() == kind).isEmpty()) {
            throw RuleViolationException.unprocessable("question-unknown", "В анкете нет такого вопроса: " + code);
        }
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
