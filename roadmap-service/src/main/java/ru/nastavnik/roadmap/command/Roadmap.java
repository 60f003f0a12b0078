package ru.nastavnik.roadmap.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ApplyMore;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.roadmap.deadline.DeadlineInterpretation;
import ru.nastavnik.roadmap.deadline.DeadlineKind;
import ru.nastavnik.roadmap.deadline.DeadlineParser;
import ru.nastavnik.roadmap.deadline.RoadmapPeriod;

/**
 * A roadmap of a mentoring programme: sections of numbered actions, then agreement, adoption and execution.
 * A school's roadmap is agreed with the department and adopted by the head; the department's own roadmap and its
 * templates are approved by the department's order.
 */
@Aggregate
class Roadmap {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final Pattern ACTION_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,3}){0,3}");
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile("(?<![\\d.])\\d{1,2}(?:\\.\\d{1,3}){1,3}(?![\\d])");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    /** A link to a document is a web address: «javascript:» or «file:» would run or open something else. */
    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final DeadlineParser DEADLINES = new DeadlineParser();

    @AggregateIdentifier
    private String roadmapId;
    private String schoolId;
    private String municipalityId;
    private RoadmapKind kind;
    private RoadmapStatus status;
    private RoadmapPeriod period;
    /** Action id → its number (1.1, 2.7 …): numbers are unique within a roadmap. */
    private final Map<String, String> actionNumbers = new LinkedHashMap<>();
    /** Action id → its title, to find the action a relative deadline names. */
    private final Map<String, String> actionTitles = new HashMap<>();
    /** Action id → the action its relative deadline counts from, and how many days after. */
    private final Map<String, Anchor> anchors = new HashMap<>();
    /** Per action, its due dates and what became of each once execution started. */
    private final Map<String, Map<LocalDate, OccurrenceState>> occurrences = new HashMap<>();

    private enum OccurrenceState { PENDING, OVERDUE, DONE, CANCELLED }

    private record Anchor(String anchorActionId, int days) {
    }

    Roadmap() {
        // for Axon: state comes from the event sourcing handlers
    }

    @CommandHandler
    Roadmap(CreateRoadmapCommand command) {
        requirePeriodFor(command.kind(), command.schoolYear());
        if ((command.kind() == RoadmapKind.SCHOOL) == (command.schoolId() == null)) {
            throw RuleViolationException.unprocessable("roadmap-owner",
                    "Дорожная карта школы принадлежит школе, а муниципальная дорожная карта и шаблон — управлению образования");
        }
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (CreateRoadmapCommand.CarriedAction action : command.carriedActions()) {
            if (!ACTION_NUMBER.matcher(action.number()).matches()) {
                throw RuleViolationException.unprocessable("action-number-format", "Номер мероприятия «"
                        + action.number() + "» записывается цифрами через точку, например 2.7");
            }
            if (!numbers.add(action.number())) {
                throw RuleViolationException.unprocessable("action-number-repeated",
                        "Номер мероприятия " + action.number() + " повторяется: у каждого мероприятия свой номер");
            }
        }
        // in a constructor Axon applies events after it returns: each carried action waits for the one before
        ApplyMore chain = apply(new RoadmapCreated(command.roadmapId(), command.schoolId(), command.municipalityId(),
                command.title().strip(), command.schoolYear().strip(), command.previousRoadmapId(), command.kind(),
                command.templateId()));
        for (CreateRoadmapCommand.CarriedAction action : command.carriedActions()) {
            chain = chain.andThen(() -> addAction(action.actionId(), action.section(), action.number(),
                    action.title(), action.deadline(), action.responsible(), action.result()));
        }
        // anchors last: a carried action may count from one carried after it
        for (CreateRoadmapCommand.CarriedAction action : command.carriedActions()) {
            chain = chain.andThen(() -> anchor(action.actionId(), action.deadline(), action.anchorActionId()));
        }
    }

    /** A school's roadmap and a template cover one school year; the department's own plan any span of years. */
    private static void requirePeriodFor(RoadmapKind kind, String typedPeriod) {
        try {
            RoadmapPeriod period = RoadmapPeriod.parse(typedPeriod);
            if (kind == RoadmapKind.MUNICIPAL) {
                return;
            }
            var year = SCHOOL_YEAR.matcher(typedPeriod.strip());
            if (period.bySchoolYears() && year.matches()
                    && Integer.parseInt(year.group(2)) == Integer.parseInt(year.group(1)) + 1) {
                return;
            }
        } catch (IllegalArgumentException notAPeriod) {
            if (kind == RoadmapKind.MUNICIPAL) {
                throw RuleViolationException.unprocessable("period-format", notAPeriod.getMessage());
            }
        }
        throw RuleViolationException.unprocessable("school-year-format",
                "Учебный год указывается как два соседних года через косую черту, например 2026/2027");
    }

    @CommandHandler
    void handle(AddRoadmapActionCommand command) {
        requireOwner(command.actingOrganisationId());
        requireEditable();
        requireFreeNumber(command.number(), null);
        requireAnchorFor(command.actionId(), command.deadline(), command.anchorActionId());
        addAction(command.actionId(), command.section(), command.number(), command.title(), command.deadline(),
                command.responsible(), command.result())
                .andThen(() -> anchor(command.actionId(), command.deadline(), command.anchorActionId()));
    }

    @CommandHandler
    void handle(ChangeRoadmapActionCommand command) {
        requireOwner(command.actingOrganisationId());
        requireEditable();
        requireAction(command.actionId());
        requireFreeNumber(command.number(), command.actionId());
        requireAnchorFor(command.actionId(), command.deadline(), command.anchorActionId());
        DeadlineInterpretation deadline = DEADLINES.interpret(command.deadline(), period);
        apply(new RoadmapActionChanged(roadmapId, schoolId, municipalityId, command.actionId(),
                command.section().strip(), command.number(), command.title().strip(), deadline.text(),
                deadline.kind().name(), deadline.dueDates(), deadline.warnings(), command.responsible().strip(),
                command.result() == null ? "" : command.result().strip()))
                .andThen(() -> anchor(command.actionId(), command.deadline(), command.anchorActionId()));
    }

    @CommandHandler
    void handle(RemoveRoadmapActionCommand command) {
        requireOwner(command.actingOrganisationId());
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

    /** An anchor the editor chose must be another action of this roadmap, for a deadline that counts from one. */
    private void requireAnchorFor(String actionId, String typedDeadline, String chosenAnchorId) {
        if (chosenAnchorId == null || chosenAnchorId.isBlank()) {
            return;
        }
        if (chosenAnchorId.equals(actionId) || !actionNumbers.containsKey(chosenAnchorId)) {
            throw RuleViolationException.unprocessable("anchor-unknown",
                    "Мероприятие, от которого отсчитывается срок, должно быть другим мероприятием этой дорожной карты");
        }
        if (DEADLINES.interpret(typedDeadline, period).kind() != DeadlineKind.RELATIVE) {
            throw RuleViolationException.unprocessable("anchor-needs-relative-deadline",
                    "Отсчёт от другого мероприятия возможен только для срока вида «в течение двух недель с даты …»");
        }
    }

    /**
     * Links a relative deadline to the action it counts from: the one the editor chose, else the one the deadline's
     * words name (its number, «п. 1.4», or its title, «с даты определения модели»), when exactly one fits.
     */
    private void anchor(String actionId, String typedDeadline, String chosenAnchorId) {
        DeadlineInterpretation deadline = DEADLINES.interpret(typedDeadline, period);
        if (deadline.kind() != DeadlineKind.RELATIVE) {
            return;
        }
        boolean chosen = chosenAnchorId != null && !chosenAnchorId.isBlank();
        String anchorId = chosen ? chosenAnchorId : actionNamedBy(deadline.anchor(), actionId);
        if (anchorId != null) {
            apply(new RoadmapActionAnchored(roadmapId, schoolId, municipalityId, actionId, anchorId,
                    actionNumbers.get(anchorId), deadline.relativeDays(), !chosen));
        }
    }

    private String actionNamedBy(String anchorWords, String ownActionId) {
        Matcher number = NUMBER_IN_TEXT.matcher(anchorWords);
        while (number.find()) {
            String named = number.group();
            for (Map.Entry<String, String> action : actionNumbers.entrySet()) {
                if (action.getValue().equals(named) && !action.getKey().equals(ownActionId)) {
                    return action.getKey();
                }
            }
        }
        Set<String> wanted = stems(anchorWords);
        String best = null;
        long bestScore = 0;
        boolean tie = false;
        for (Map.Entry<String, String> action : actionTitles.entrySet()) {
            if (action.getKey().equals(ownActionId)) {
                continue;
            }
            long score = stems(action.getValue()).stream().filter(wanted::contains).count();
            if (score > bestScore) {
                best = action.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Russian words by their first five letters: «определения» and «определить» meet as «опред». */
    private static Set<String> stems(String text) {
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        Set<String> stems = new HashSet<>();
        while (word.find()) {
            String found = word.group();
            stems.add(found.length() > 5 ? found.substring(0, 5) : found);
        }
        return stems;
    }

    private ApplyMore addAction(String actionId, String section, String number, String title, String typedDeadline,
                                String responsible, String result) {
        // a deadline the platform cannot read is kept as typed and flagged, never refused
        DeadlineInterpretation deadline = DEADLINES.interpret(typedDeadline, period);
        return apply(new RoadmapActionAdded(roadmapId, schoolId, municipalityId, actionId, section.strip(), number,
                title.strip(), deadline.text(), deadline.kind().name(), deadline.dueDates(), deadline.warnings(),
                responsible.strip(), result == null ? "" : result.strip(), actionNumbers.size() + 1));
    }

    @CommandHandler
    void handle(SubmitRoadmapCommand command) {
        requireOwner(command.actingOrganisationId());
        if (kind != RoadmapKind.SCHOOL) {
            throw RuleViolationException.conflict("roadmap-needs-no-agreement",
                    "Свою дорожную карту и шаблоны управление образования утверждает своим приказом, без согласования");
        }
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
        requireOwner(command.actingOrganisationId());
        if (kind == RoadmapKind.SCHOOL) {
            requireStatus(RoadmapStatus.AGREED, "roadmap-not-agreed",
                    "Утвердить приказом можно только дорожную карту, согласованную с управлением образования");
        } else {
            requireEditable();
            if (actionNumbers.isEmpty()) {
                throw RuleViolationException.unprocessable("roadmap-empty",
                        "В дорожной карте нет ни одного мероприятия: добавьте мероприятия перед утверждением");
            }
        }
        if (command.orderNumber() == null || command.orderNumber().isBlank()) {
            throw RuleViolationException.unprocessable("order-number-required", "Укажите номер приказа");
        }
        if (command.orderDate() == null || command.orderDate().isAfter(command.today())) {
            throw RuleViolationException.unprocessable("order-date-invalid",
                    "Дата приказа не может быть позже сегодняшнего дня");
        }
        if (kind == RoadmapKind.TEMPLATE) {
            apply(new RoadmapTemplateIssued(roadmapId, municipalityId, command.orderNumber().strip(), command.orderDate()));
        } else {
            apply(new RoadmapAdopted(roadmapId, schoolId, municipalityId, command.orderNumber().strip(),
                    command.orderDate()));
        }
    }

    @CommandHandler
    void handle(CloseRoadmapCommand command) {
        requireOwner(command.actingOrganisationId());
        if (kind == RoadmapKind.TEMPLATE) {
            requireStatus(RoadmapStatus.ISSUED, "template-not-issued", "Отозвать можно только утверждённый шаблон");
        } else {
            requireStatus(RoadmapStatus.IN_EXECUTION, "roadmap-not-in-execution",
                    "Закрыть можно только дорожную карту, которая исполняется");
        }
        apply(new RoadmapClosed(roadmapId, schoolId, municipalityId));
    }

    @CommandHandler
    void handle(CompleteOccurrenceCommand command) {
        requireOwner(command.actingOrganisationId());
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
        String link = blankToEmpty(command.evidenceLink());
        if (!link.isEmpty() && !WEB_LINK.matcher(link).matches()) {
            throw RuleViolationException.unprocessable("evidence-link-invalid",
                    "Ссылка на документ должна начинаться с http:// или https://");
        }
        apply(new OccurrenceCompleted(roadmapId, schoolId, municipalityId, command.actionId(), command.dueDate(),
                command.evidenceKind().strip(), blankToEmpty(command.evidenceNumber()), command.evidenceDate(),
                link, !command.evidenceDate().isAfter(command.dueDate())));
        // what counts from this action now has its date: the day the anchor was done, plus the offset
        anchors.forEach((dependent, anchor) -> {
            if (anchor.anchorActionId().equals(command.actionId()) && occurrences.get(dependent).isEmpty()) {
                apply(new OccurrenceScheduled(roadmapId, schoolId, municipalityId, dependent,
                        command.evidenceDate().plusDays(anchor.days()), command.actionId()));
            }
        });
    }

    @CommandHandler
    void handle(CancelOccurrenceCommand command) {
        requireOwner(command.actingOrganisationId());
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

    /**
     * Only the owner edits and executes: the school for its roadmap, the department (acting for its municipality)
     * for its own roadmaps and templates. The school's own department, which reads the roadmap, is told why not;
     * anyone else is answered as if the roadmap did not exist.
     */
    private void requireOwner(String actingOrganisationId) {
        if (kind == RoadmapKind.SCHOOL && municipalityId.equals(actingOrganisationId)) {
            throw RuleViolationException.forbidden("roadmap-of-the-school",
                    "Дорожную карту школы составляет и исполняет сама школа; управление образования согласует её или возвращает на доработку");
        }
        String owner = kind == RoadmapKind.SCHOOL ? schoolId : municipalityId;
        if (!owner.equals(actingOrganisationId)) {
            throw new NotFoundException("Дорожная карта не найдена");
        }
    }

    @EventSourcingHandler
    void on(RoadmapCreated event) {
        roadmapId = event.roadmapId();
        schoolId = event.schoolId();
        municipalityId = event.municipalityId();
        kind = event.kind();
        period = RoadmapPeriod.parse(event.schoolYear());
        status = RoadmapStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(RoadmapActionAdded event) {
        actionNumbers.put(event.actionId(), event.number());
        actionTitles.put(event.actionId(), event.title());
        schedule(event.actionId(), event.dueDates());
    }

    @EventSourcingHandler
    void on(RoadmapActionChanged event) {
        actionNumbers.put(event.actionId(), event.number());
        actionTitles.put(event.actionId(), event.title());
        anchors.remove(event.actionId());
        schedule(event.actionId(), event.dueDates());
    }

    @EventSourcingHandler
    void on(RoadmapActionAnchored event) {
        anchors.put(event.actionId(), new Anchor(event.anchorActionId(), event.relativeDays()));
    }

    @EventSourcingHandler
    void on(RoadmapActionRemoved event) {
        actionNumbers.remove(event.actionId());
        actionTitles.remove(event.actionId());
        occurrences.remove(event.actionId());
        anchors.remove(event.actionId());
        anchors.values().removeIf(anchor -> anchor.anchorActionId().equals(event.actionId()));
    }

    @EventSourcingHandler
    void on(OccurrenceScheduled event) {
        occurrences.get(event.actionId()).put(event.dueDate(), OccurrenceState.PENDING);
    }

    @EventSourcingHandler
    void on(RoadmapTemplateIssued event) {
        status = RoadmapStatus.ISSUED;
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
