package ru.nastavnik.roadmap.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ApplyMore;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.roadmap.deadline.DeadlineInterpretation;
import ru.nastavnik.roadmap.deadline.DeadlineParser;
import ru.nastavnik.roadmap.deadline.RoadmapPeriod;

/** A school's roadmap of its mentoring programme: sections of numbered actions, then agreement. */
@Aggregate
class Roadmap {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final Pattern ACTION_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,3}){0,3}");
    private static final DeadlineParser DEADLINES = new DeadlineParser();

    @AggregateIdentifier
    private String roadmapId;
    private String schoolId;
    private String municipalityId;
    private RoadmapStatus status;
    private RoadmapPeriod period;
    /** Action id → its number (1.1, 2.7 …): numbers are unique within a roadmap. */
    private final Map<String, String> actionNumbers = new HashMap<>();
    /** Per action, its due dates and what became of each once execution started. */
    private final Map<String, Map<LocalDate, OccurrenceState>> occurrences = new HashMap<>();

    private enum OccurrenceState { PENDING, OVERDUE, DONE, CANCELLED }

    Roadmap() {
        // for Axon: state comes from the event sourcing handlers
    }

    @CommandHandler
    Roadmap(CreateRoadmapCommand command) {
        var year = SCHOOL_YEAR.matcher(command.schoolYear());
        if (!year.matches() || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
            throw RuleViolationException.unprocessable("school-year-format",
                    "Учебный год указывается как два соседних года через косую черту, например 2026/2027");
        }
        // in a constructor Axon applies events after it returns: each carried action waits for the one before
        ApplyMore chain = apply(new RoadmapCreated(command.roadmapId(), command.schoolId(), command.municipalityId(),
                command.title().strip(), command.schoolYear(), command.previousRoadmapId()));
        for (CreateRoadmapCommand.CarriedAction action : command.carriedActions()) {
            chain = chain.andThen(() -> addAction(action.actionId(), action.section(), action.number(),
                    action.title(), action.deadline(), action.responsible(), action.result()));
        }
    }

    @CommandHandler
    void handle(AddRoadmapActionCommand command) {
        requireOwnSchool(command.actingSchoolId());
        requireEditable();
        requireFreeNumber(command.number(), null);
        addAction(command.actionId(), command.section(), command.number(), command.title(), command.deadline(),
                command.responsible(), command.result());
    }

    @CommandHandler
    void handle(ChangeRoadmapActionCommand command) {
        requireOwnSchool(command.actingSchoolId());
        requireEditable();
        requireAction(command.actionId());
        requireFreeNumber(command.number(), command.actionId());
        DeadlineInterpretation deadline = DEADLINES.interpret(command.deadline(), period);
        apply(new RoadmapActionChanged(roadmapId, schoolId, municipalityId, command.actionId(),
                command.section().strip(), command.number(), command.title().strip(), deadline.text(),
                deadline.kind().name(), deadline.dueDates(), deadline.warnings(), command.responsible().strip(),
                command.result() == null ? "" : command.result().strip()));
    }

    @CommandHandler
    void handle(RemoveRoadmapActionCommand command) {
        requireOwnSchool(command.actingSchoolId());
        requireEditable();
        requireAction(command.actionId());
        apply(new RoadmapActionRemoved(roadmapId, schoolId, municipalityId, command.actionId(),
                actionNumbers.get(command.actionId()), actionNumbers.size() - 1));
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw RuleViolationException.conflict("roadmap-not-editable",
                    "Дорожную карту можно менять только в черновике или после возврата на доработку");
        }
    }

    /** A well-formed number that no other action of the roadmap has; {@code ownActionId} may keep its own. */
    private void requireFreeNumber(String number, String ownActionId) {
        if (!ACTION_NUMBER.matcher(number).matches()) {
            throw RuleViolationException.unprocessable("action-number-format",
                    "Номер мероприятия записывается цифрами через точку, например 2.7");
        }
        boolean taken = actionNumbers.entrySet().stream()
                .anyMatch(other -> other.getValue().equals(number) && !other.getKey().equals(ownActionId));
        if (taken) {
            throw RuleViolationException.conflict("action-number-taken",
                    "Мероприятие с номером " + number + " уже есть в дорожной карте");
        }
    }

    private void requireAction(String actionId) {
        if (!actionNumbers.containsKey(actionId)) {
            throw new NotFoundException("Мероприятие не найдено");
        }
    }

    private void addAction(String actionId, String section, String number, String title, String typedDeadline,
                           String responsible, String result) {
        // a deadline the platform cannot read is kept as typed and flagged, never refused
        DeadlineInterpretation deadline = DEADLINES.interpret(typedDeadline, period);
        apply(new RoadmapActionAdded(roadmapId, schoolId, municipalityId, actionId, section.strip(), number,
                title.strip(), deadline.text(), deadline.kind().name(), deadline.dueDates(), deadline.warnings(),
                responsible.strip(), result == null ? "" : result.strip(), actionNumbers.size() + 1));
    }

    @CommandHandler
    void handle(SubmitRoadmapCommand command) {
        requireOwnSchool(command.actingSchoolId());
        if (!status.editable()) {
            throw RuleViolationException.conflict("roadmap-already-submitted",
                    "Дорожная карта уже отправлена на согласование");
        }
        if (actionNumbers.isEmpty()) {
            throw RuleViolationException.unprocessable("roadmap-empty",
                    "В дорожной карте нет ни одного мероприятия: добавьте мероприятия перед отправкой");
        }
        apply(new RoadmapSubmitted(roadmapId, schoolId, municipalityId, actionNumbers.size()));
    }

    @CommandHandler
    void handle(AgreeRoadmapCommand command) {
        requireOwnMunicipality(command.actingMunicipalityId());
        requireStatus(RoadmapStatus.SUBMITTED, "roadmap-not-submitted",
                "Согласовать можно только дорожную карту, отправленную на согласование");
        apply(new RoadmapAgreed(roadmapId, schoolId, municipalityId, blankToEmpty(command.comment())));
    }

    @CommandHandler
    void handle(ReturnRoadmapCommand command) {
        requireOwnMunicipality(command.actingMunicipalityId());
        requireStatus(RoadmapStatus.SUBMITTED, "roadmap-not-submitted",
                "Вернуть на доработку можно только дорожную карту, отправленную на согласование");
        if (command.comment() == null || command.comment().isBlank()) {
            throw RuleViolationException.unprocessable("return-comment-required",
                    "Напишите, что нужно доработать: школа увидит этот комментарий");
        }
        apply(new RoadmapReturned(roadmapId, schoolId, municipalityId, command.comment().strip()));
    }

    @CommandHandler
    void handle(AdoptRoadmapCommand command) {
        requireOwnSchool(command.actingSchoolId());
        requireStatus(RoadmapStatus.AGREED, "roadmap-not-agreed",
                "Утвердить приказом можно только дорожную карту, согласованную с управлением образования");
        if (command.orderNumber() == null || command.orderNumber().isBlank()) {
            throw RuleViolationException.unprocessable("order-number-required", "Укажите номер приказа");
        }
        if (command.orderDate() == null || command.orderDate().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("order-date-invalid",
                    "Дата приказа не может быть позже сегодняшнего дня");
        }
        apply(new RoadmapAdopted(roadmapId, schoolId, municipalityId, command.orderNumber().strip(),
                command.orderDate()));
    }

    @CommandHandler
    void handle(CloseRoadmapCommand command) {
        requireOwnSchool(command.actingSchoolId());
        requireStatus(RoadmapStatus.IN_EXECUTION, "roadmap-not-in-execution",
                "Закрыть можно только дорожную карту, которая исполняется");
        apply(new RoadmapClosed(roadmapId, schoolId, municipalityId));
    }

    @CommandHandler
    void handle(CompleteOccurrenceCommand command) {
        requireOwnSchool(command.actingSchoolId());
        OccurrenceState state = executableOccurrence(command.actionId(), command.dueDate());
        if (state == OccurrenceState.DONE || state == OccurrenceState.CANCELLED) {
            throw RuleViolationException.conflict("occurrence-closed",
                    "Этот срок мероприятия уже отмечен как " + (state == OccurrenceState.DONE ? "выполненный" : "отменённый"));
        }
        if (command.evidenceKind() == null || command.evidenceKind().isBlank()) {
            throw RuleViolationException.unprocessable("evidence-required",
                    "Укажите подтверждающий документ: вид документа (приказ, протокол, справка …)");
        }
        if (command.evidenceDate() == null || command.evidenceDate().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("evidence-date-invalid",
                    "Дата документа не может быть позже сегодняшнего дня");
        }
        apply(new OccurrenceCompleted(roadmapId, schoolId, municipalityId, command.actionId(), command.dueDate(),
                command.evidenceKind().strip(), blankToEmpty(command.evidenceNumber()), command.evidenceDate(),
                blankToEmpty(command.evidenceLink()), !command.evidenceDate().isAfter(command.dueDate())));
    }

    @CommandHandler
    void handle(CancelOccurrenceCommand command) {
        requireOwnSchool(command.actingSchoolId());
        OccurrenceState state = executableOccurrence(command.actionId(), command.dueDate());
        if (state == OccurrenceState.DONE || state == OccurrenceState.CANCELLED) {
            throw RuleViolationException.conflict("occurrence-closed", "Этот срок мероприятия уже закрыт");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolationException.unprocessable("cancel-reason-required", "Укажите причину отмены");
        }
        apply(new OccurrenceCancelled(roadmapId, schoolId, municipalityId, command.actionId(), command.dueDate(),
                command.reason().strip()));
    }

    /** The sweep may repeat itself or race a completion: anything but a pending, passed date is a no-op. */
    @CommandHandler
    void handle(RecordOverdueOccurrenceCommand command) {
        Map<LocalDate, OccurrenceState> dates = occurrences.get(command.actionId());
        if (status != RoadmapStatus.IN_EXECUTION || dates == null
                || dates.get(command.dueDate()) != OccurrenceState.PENDING
                || !command.dueDate().isBefore(command.today())) {
            return;
        }
        apply(new OccurrenceOverdue(roadmapId, schoolId, municipalityId, command.actionId(), command.dueDate()));
    }

    private OccurrenceState executableOccurrence(String actionId, LocalDate dueDate) {
        if (status != RoadmapStatus.IN_EXECUTION) {
            throw RuleViolationException.conflict("roadmap-not-in-execution",
                    "Отмечать исполнение можно только в утверждённой дорожной карте");
        }
        Map<LocalDate, OccurrenceState> dates = occurrences.get(actionId);
        if (dates == null || !dates.containsKey(dueDate)) {
            throw new NotFoundException("У мероприятия нет такого срока");
        }
        return dates.get(dueDate);
    }

    private void requireStatus(RoadmapStatus expected, String code, String message) {
        if (status != expected) {
            throw RuleViolationException.conflict(code, message);
        }
    }

    /** Only the department of the roadmap's own municipality agrees or returns it. */
    private void requireOwnMunicipality(String actingMunicipalityId) {
        if (!municipalityId.equals(actingMunicipalityId)) {
            throw new NotFoundException("Дорожная карта не найдена");
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** Another school's roadmap is answered as absent: its existence is not another school's business. */
    private void requireOwnSchool(String actingSchoolId) {
        if (!schoolId.equals(actingSchoolId)) {
            throw new NotFoundException("Дорожная карта не найдена");
        }
    }

    @EventSourcingHandler
    void on(RoadmapCreated event) {
        roadmapId = event.roadmapId();
        schoolId = event.schoolId();
        municipalityId = event.municipalityId();
        period = RoadmapPeriod.ofSchoolYears(event.schoolYear());
        status = RoadmapStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(RoadmapActionAdded event) {
        actionNumbers.put(event.actionId(), event.number());
        schedule(event.actionId(), event.dueDates());
    }

    @EventSourcingHandler
    void on(RoadmapActionChanged event) {
        actionNumbers.put(event.actionId(), event.number());
        schedule(event.actionId(), event.dueDates());
    }

    @EventSourcingHandler
    void on(RoadmapActionRemoved event) {
        actionNumbers.remove(event.actionId());
        occurrences.remove(event.actionId());
    }

    private void schedule(String actionId, java.util.List<LocalDate> dueDates) {
        Map<LocalDate, OccurrenceState> dates = new TreeMap<>();
        dueDates.forEach(date -> dates.put(date, OccurrenceState.PENDING));
        occurrences.put(actionId, dates);
    }

    @EventSourcingHandler
    void on(OccurrenceCompleted event) {
        occurrences.get(event.actionId()).put(event.dueDate(), OccurrenceState.DONE);
    }

    @EventSourcingHandler
    void on(OccurrenceCancelled event) {
        occurrences.get(event.actionId()).put(event.dueDate(), OccurrenceState.CANCELLED);
    }

    @EventSourcingHandler
    void on(OccurrenceOverdue event) {
        occurrences.get(event.actionId()).put(event.dueDate(), OccurrenceState.OVERDUE);
    }

    @EventSourcingHandler
    void on(RoadmapSubmitted event) {
        status = RoadmapStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(RoadmapAgreed event) {
        status = RoadmapStatus.AGREED;
    }

    @EventSourcingHandler
    void on(RoadmapReturned event) {
        status = RoadmapStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(RoadmapAdopted event) {
        status = RoadmapStatus.IN_EXECUTION;
    }

    @EventSourcingHandler
    void on(RoadmapClosed event) {
        status = RoadmapStatus.CLOSED;
    }
}
