package ru.nastavnik.pairing.pairs;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.PairEndReason;
import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.pairing.pairs.Commands.AgreePlanCommand;
import ru.nastavnik.pairing.pairs.Commands.ChooseInteractionFormatCommand;
import ru.nastavnik.pairing.pairs.Commands.CompletePairCommand;
import ru.nastavnik.pairing.pairs.Commands.DissolvePairCommand;
import ru.nastavnik.pairing.pairs.Commands.DraftPlanCommand;
import ru.nastavnik.pairing.pairs.Commands.EndParticipationCommand;
import ru.nastavnik.pairing.pairs.Commands.FixPairCommand;
import ru.nastavnik.pairing.pairs.Commands.FormPairCommand;
import ru.nastavnik.pairing.pairs.Commands.GiveFeedbackCommand;
import ru.nastavnik.pairing.pairs.Commands.PlanTask;
import ru.nastavnik.pairing.pairs.Commands.RecordMeetingCommand;
import ru.nastavnik.pairing.pairs.Commands.RecordStallCommand;
import ru.nastavnik.pairing.pairs.Events.FeedbackRecorded;
import ru.nastavnik.pairing.pairs.Events.InteractionFormatChosen;
import ru.nastavnik.pairing.pairs.Events.MeetingRecorded;
import ru.nastavnik.pairing.pairs.Events.MenteeLeft;
import ru.nastavnik.pairing.pairs.Events.PairEnded;
import ru.nastavnik.pairing.pairs.Events.PairFinished;
import ru.nastavnik.pairing.pairs.Events.PairFixedByOrder;
import ru.nastavnik.pairing.pairs.Events.PairFormed;
import ru.nastavnik.pairing.pairs.Events.PlanAgreed;
import ru.nastavnik.pairing.pairs.Events.PlanDrafted;
import ru.nastavnik.pairing.pairs.Events.StallRecorded;
import ru.nastavnik.platform.domain.BrokenRule;

/**
 * A mentoring pair or group (наставническая пара / группа): one mentor and one or several mentees of one school.
 * Formed when the curator confirms a proposal, active once the head's order fixes it, then the work: a format of
 * interaction, an individual plan agreed by the mentor and the curator, the meetings in the methodology's order with
 * feedback from both sides, and its completion or early end.
 */
@Aggregate
class Pair {

    static final int MAX_GOALS = 20;
    static final int MAX_TASKS = 50;

    @AggregateIdentifier
    private String pairId;
    private String schoolId;
    private String municipalityId;
    private boolean group;
    private ru.nastavnik.contracts.vocabulary.MentoringForm form;
    private String mentorId;
    private final Set<String> mentees = new LinkedHashSet<>();
    private PairStatus status;
    private LocalDate fixedOn;
    private boolean planDrafted;
    private final Set<PairActor.Kind> planAgreedBy = new HashSet<>();
    private final List<Meeting> meetings = new ArrayList<>();
    /** meeting id → who gave feedback on it */
    private final Map<String, Set<String>> feedbackGivenBy = new HashMap<>();
    private Set<StallReason> stallReasons = Set.of();
    private LocalDate stalledSince;

    private record Meeting(String meetingId, MeetingKind kind, LocalDate heldOn) {
    }

    Pair() {
        // for Axon
    }

    @CommandHandler
    Pair(FormPairCommand command) {
        if (command.menteeIds() == null || command.menteeIds().isEmpty()) {
            throw BrokenRule.invalid("mentees-required", "В паре или группе должен быть хотя бы один наставляемый");
        }
        if (!command.group() && command.menteeIds().size() > 1) {
            throw BrokenRule.invalid("pair-of-one", "В паре один наставляемый; несколько — это группа");
        }
        if (command.menteeIds().contains(command.mentorId())) {
            throw BrokenRule.invalid("mentor-is-mentee", "Наставник и наставляемый должны быть разными людьми");
        }
        if (new HashSet<>(command.menteeIds()).size() != command.menteeIds().size()) {
            throw BrokenRule.invalid("mentee-twice", "Наставляемый указан в группе дважды");
        }
        apply(new PairFormed(command.pairId(), command.schoolId(), command.municipalityId(), command.proposalId(),
                command.form(), command.group(), command.mentorId(), List.copyOf(command.menteeIds()),
                command.formedOn()));
    }

    @CommandHandler
    void handle(FixPairCommand command) {
        requireSchool(command.actingSchoolId());
        if (status != PairStatus.CONFIRMED) {
            throw BrokenRule.state("pair-not-awaiting-order", "Приказом закрепляются только пары, которые ждут приказа");
        }
        if (command.orderNumber() == null || command.orderNumber().isBlank() || command.fixedOn() == null) {
            throw BrokenRule.invalid("order-required", "Укажите номер и дату приказа");
        }
        apply(new PairFixedByOrder(pairId, schoolId, municipalityId, command.orderId(), command.orderNumber().strip(),
                command.fixedOn(), form, group, mentorId, List.copyOf(mentees)));
    }

    @CommandHandler
    void handle(ChooseInteractionFormatCommand command) {
        requireParticipantOrStaff(command.actor());
        requireOpen();
        if (command.format() == null) {
            throw BrokenRule.invalid("format-required", "Выберите формат взаимодействия: очно, дистанционно или смешанный");
        }
        apply(new InteractionFormatChosen(pairId, command.format()));
    }

    @CommandHandler
    void handle(DraftPlanCommand command) {
        requireParticipantOrStaff(command.actor());
        requireOpen();
        List<String> goals = command.sealedGoals() == null ? List.of() : command.sealedGoals().stream()
                .filter(goal -> goal != null && !goal.isBlank()).toList();
        if (goals.isEmpty()) {
            throw BrokenRule.invalid("plan-goals", "Сформулируйте хотя бы одну цель индивидуального плана");
        }
        List<PlanTask> tasks = command.tasks() == null ? List.of() : command.tasks();
        if (goals.size() > MAX_GOALS || tasks.size() > MAX_TASKS) {
            throw BrokenRule.invalid("plan-size", "В плане не больше " + MAX_GOALS + " целей и " + MAX_TASKS + " задач");
        }
        for (PlanTask task : tasks) {
            if (task.sealedTitle() == null || task.sealedTitle().isBlank()) {
                throw BrokenRule.invalid("plan-task-title", "У каждой задачи плана должно быть название");
            }
            if (task.from() == null || task.to() == null || task.to().isBefore(task.from())) {
                throw BrokenRule.invalid("plan-task-period", "Срок задачи: дата начала не позже даты окончания");
            }
        }
        apply(new PlanDrafted(pairId, goals, List.copyOf(tasks)));
    }

    @CommandHandler
    void handle(AgreePlanCommand command) {
        requireParticipantOrStaff(command.actor());
        requireOpen();
        if (!planDrafted) {
            throw BrokenRule.state("plan-missing", "Сначала составьте индивидуальный план");
        }
        PairActor.Kind by = command.actor().kind();
        if (by == PairActor.Kind.PLATFORM) {
            throw BrokenRule.notAllowed("plan-agreement", "План согласуют наставник и куратор");
        }
        if (planAgreedBy.contains(by)) {
            throw BrokenRule.state("plan-already-agreed", by == PairActor.Kind.MENTOR
                    ? "Наставник уже согласовал этот план" : "Куратор уже согласовал этот план");
        }
        apply(new PlanAgreed(pairId, by));
    }

    @CommandHandler
    void handle(RecordMeetingCommand command) {
        requireParticipantOrStaff(command.actor());
        requireActive("Встречи проводятся после закрепления пары приказом");
        if (command.kind() == null || command.heldOn() == null || command.format() == null) {
            throw BrokenRule.invalid("meeting-incomplete", "Укажите вид встречи, дату и формат");
        }
        if (meetings.stream().anyMatch(meeting -> meeting.meetingId().equals(command.meetingId()))) {
            throw BrokenRule.state("meeting-recorded", "Эта встреча уже записана");
        }
        MeetingKind expected = nextKind(command.kind());
        if (expected != null) {
            throw BrokenRule.invalid("meeting-order", "Встречи идут по порядку: следующей должна быть «"
                    + expected.title() + "»" + (lastKind() == null ? "" : ", а не «" + command.kind().title() + "»"));
        }
        if (command.heldOn().isBefore(fixedOn)) {
            throw BrokenRule.invalid("meeting-before-order", "Встреча не может быть раньше приказа о закреплении пары");
        }
        if (command.heldOn().isAfter(command.today())) {
            throw BrokenRule.invalid("meeting-in-future", "Записываются встречи, которые уже прошли");
        }
        if (!meetings.isEmpty() && command.heldOn().isBefore(meetings.getLast().heldOn())) {
            throw BrokenRule.invalid("meeting-date-order", "Дата встречи не может быть раньше предыдущей встречи");
        }
        apply(new MeetingRecorded(pairId, schoolId, municipalityId, command.meetingId(), meetings.size() + 1,
                command.kind(), command.heldOn(), command.format(), command.sealedNotes() == null ? ""
                : command.sealedNotes()));
    }

    /**
     * Null when {@code kind} may come next; otherwise the kind that should. The order: знакомство, пробная,
     * планирование, рабочие (any number), итоговая; nothing after the final one.
     */
    private MeetingKind nextKind(MeetingKind kind) {
        MeetingKind last = lastKind();
        if (last == null) {
            return kind == MeetingKind.INTRODUCTION ? null : MeetingKind.INTRODUCTION;
        }
        if (last == MeetingKind.FINAL) {
            throw BrokenRule.state("meetings-over", "Итоговая встреча уже прошла: новые встречи не записываются");
        }
        if (last == MeetingKind.WORKING && (kind == MeetingKind.WORKING || kind == MeetingKind.FINAL)) {
            return null;
        }
        MeetingKind next = MeetingKind.values()[last.ordinal() + 1];
        return kind == next ? null : next;
    }

    private MeetingKind lastKind() {
        return meetings.isEmpty() ? null : meetings.getLast().kind();
    }

    @CommandHandler
    void handle(GiveFeedbackCommand command) {
        PairActor actor = command.actor();
        requireSchool(actor.schoolId());
        requireActive("Обратная связь даётся по встречам работающей пары");
        if (meetings.stream().noneMatch(meeting -> meeting.meetingId().equals(command.meetingId()))) {
            throw BrokenRule.notVisible("Встреча не найдена");
        }
        if (command.author() == FeedbackAuthor.MENTOR) {
            if (!mentorId.equals(command.participantId())) {
                throw BrokenRule.invalid("feedback-author", "Обратную связь наставника даёт наставник этой пары");
            }
            if (actor.kind() == PairActor.Kind.MENTOR && !mentorId.equals(actor.participantId())) {
                throw BrokenRule.notVisible("Пара не найдена");
            }
        } else {
            if (!mentees.contains(command.participantId())) {
                throw BrokenRule.invalid("feedback-author", "Обратную связь наставляемого даёт наставляемый этой пары");
            }
            if (actor.kind() == PairActor.Kind.MENTOR) {
                throw BrokenRule.notAllowed("feedback-for-mentee",
                        "Наставляемый даёт обратную связь сам, по своей одноразовой ссылке");
            }
        }
        if (command.score() < 1 || command.score() > 5) {
            throw BrokenRule.invalid("score-range", "Оценка встречи — от 1 до 5");
        }
        if (feedbackGivenBy.getOrDefault(command.meetingId(), Set.of()).contains(command.participantId())) {
            throw BrokenRule.state("feedback-given", "Обратная связь по этой встрече уже дана");
        }
        apply(new FeedbackRecorded(pairId, schoolId, municipalityId, command.meetingId(), command.author(),
                command.participantId(), command.score(), command.sealedComment() == null ? "" : command.sealedComment(),
                command.notAGoodFit(), command.givenOn()));
    }

    @CommandHandler
    void handle(RecordStallCommand command) {
        if (status != PairStatus.ACTIVE) {
            return;
        }
        Set<StallReason> reasons = command.reasons() == null ? Set.of() : Set.copyOf(command.reasons());
        if (reasons.equals(stallReasons)) {
            return;
        }
        LocalDate since = reasons.isEmpty() ? null : stallReasons.isEmpty() ? command.on() : stalledSince;
        apply(new StallRecorded(pairId, schoolId, municipalityId, List.copyOf(new TreeSet<>(reasons)), since));
    }

    @CommandHandler
    void handle(CompletePairCommand command) {
        requireStaff(command.actor(), "Завершает работу пары куратор");
        requireActive("Завершить можно работающую пару");
        if (lastKind() != MeetingKind.FINAL) {
            throw BrokenRule.state("final-meeting-missing", "Сначала проведите итоговую встречу");
        }
        List<Integer> withoutFeedback = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            Set<String> given = feedbackGivenBy.getOrDefault(meeting.meetingId(), Set.of());
            boolean mentorGave = given.contains(mentorId);
            boolean menteeGave = given.stream().anyMatch(mentees::contains);
            if (meeting.kind() == MeetingKind.WORKING && !(mentorGave && menteeGave)) {
                withoutFeedback.add(i + 1);
            }
        }
        if (!withoutFeedback.isEmpty()) {
            throw BrokenRule.state("feedback-missing", "По рабочим встречам обратная связь обязательна от обеих сторон; "
                    + "её нет по встречам № " + String.join(", ", withoutFeedback.stream().map(String::valueOf).toList()));
        }
        if (command.outcome() == null) {
            throw BrokenRule.invalid("outcome-required", "Укажите результат: цель достигнута, частично или не достигнута");
        }
        if (blank(command.sealedMentorReflection()) || blank(command.sealedMenteeReflection())) {
            throw BrokenRule.invalid("reflection-required", "Нужна рефлексия обеих сторон: наставника и наставляемого");
        }
        apply(new PairFinished(pairId, schoolId, municipalityId, command.outcome(), command.sealedMentorReflection(),
                command.sealedMenteeReflection(), command.nominateMentor(), command.completedOn()));
    }

    @CommandHandler
    void handle(DissolvePairCommand command) {
        requireStaff(command.actor(), "Расформировывает пару куратор");
        requireOpen();
        if (command.reason() == null || command.reason() == PairEndReason.CONSENT_WITHDRAWN) {
            throw BrokenRule.invalid("end-reason", "Укажите причину: пара не сложилась, выбыл наставник или "
                    + "наставляемый, другая причина");
        }
        if (command.reason() == PairEndReason.OTHER && blank(command.sealedNote())) {
            throw BrokenRule.invalid("end-note", "Опишите причину своими словами");
        }
        apply(new PairEnded(pairId, schoolId, municipalityId, command.reason(),
                command.sealedNote() == null ? "" : command.sealedNote(), command.on()));
    }

    /** Never refused: the registry has already erased the person, and redelivery must be harmless. */
    @CommandHandler
    void handle(EndParticipationCommand command) {
        if (!status.isOpen()) {
            return;
        }
        if (command.participantId().equals(mentorId)
                || mentees.contains(command.participantId()) && mentees.size() == 1) {
            apply(new PairEnded(pairId, schoolId, municipalityId, PairEndReason.CONSENT_WITHDRAWN, "", command.on()));
        } else if (mentees.contains(command.participantId())) {
            apply(new MenteeLeft(pairId, schoolId, municipalityId, command.participantId(),
                    PairEndReason.CONSENT_WITHDRAWN, command.on()));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void requireSchool(String actingSchoolId) {
        if (!schoolId.equals(actingSchoolId)) {
            throw BrokenRule.notVisible("Пара не найдена");
        }
    }

    /** The school's staff, or this pair's own mentor; another mentor does not see the pair. */
    private void requireParticipantOrStaff(PairActor actor) {
        requireSchool(actor.schoolId());
        if (actor.kind() == PairActor.Kind.MENTOR && !mentorId.equals(actor.participantId())) {
            throw BrokenRule.notVisible("Пара не найдена");
        }
    }

    private void requireStaff(PairActor actor, String message) {
        requireParticipantOrStaff(actor);
        if (actor.kind() != PairActor.Kind.STAFF) {
            throw BrokenRule.notAllowed("staff-only", message);
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw BrokenRule.state("pair-closed", "Пара уже " + (status == PairStatus.COMPLETED ? "завершила работу"
                    : "расформирована"));
        }
    }

    private void requireActive(String message) {
        requireOpen();
        if (status != PairStatus.ACTIVE) {
            throw BrokenRule.state("pair-not-active", message);
        }
    }

    @EventSourcingHandler
    void on(PairFormed event) {
        pairId = event.pairId();
        schoolId = event.schoolId();
        municipalityId = event.municipalityId();
        group = event.group();
        form = event.form();
        mentorId = event.mentorId();
        mentees.addAll(event.menteeIds());
        status = PairStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(PairFixedByOrder event) {
        status = PairStatus.ACTIVE;
        fixedOn = event.fixedOn();
    }

    @EventSourcingHandler
    void on(PlanDrafted event) {
        planDrafted = true;
        planAgreedBy.clear();
    }

    @EventSourcingHandler
    void on(PlanAgreed event) {
        planAgreedBy.add(event.by());
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        meetings.add(new Meeting(event.meetingId(), event.kind(), event.heldOn()));
    }

    @EventSourcingHandler
    void on(FeedbackRecorded event) {
        feedbackGivenBy.computeIfAbsent(event.meetingId(), id -> new HashSet<>()).add(event.participantId());
    }

    @EventSourcingHandler
    void on(StallRecorded event) {
        stallReasons = Set.copyOf(event.reasons());
        stalledSince = event.since();
    }

    @EventSourcingHandler
    void on(PairFinished event) {
        status = PairStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(PairEnded event) {
        status = PairStatus.DISSOLVED;
    }

    @EventSourcingHandler
    void on(MenteeLeft event) {
        mentees.remove(event.menteeId());
    }
}
