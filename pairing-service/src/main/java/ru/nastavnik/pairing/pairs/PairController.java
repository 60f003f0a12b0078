package ru.nastavnik.pairing.pairs;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.PairEndReason;
import ru.nastavnik.pairing.pairs.Commands.AgreePlanCommand;
import ru.nastavnik.pairing.pairs.Commands.ChooseInteractionFormatCommand;
import ru.nastavnik.pairing.pairs.Commands.CompletePairCommand;
import ru.nastavnik.pairing.pairs.Commands.DissolvePairCommand;
import ru.nastavnik.pairing.pairs.Commands.DraftPlanCommand;
import ru.nastavnik.pairing.pairs.Commands.GiveFeedbackCommand;
import ru.nastavnik.pairing.pairs.Commands.PlanTask;
import ru.nastavnik.pairing.pairs.Commands.RecordMeetingCommand;
import ru.nastavnik.pairing.privacy.PairTexts;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/**
 * The work of pairs and groups. The school's curator and head see and run all their school's pairs; a mentor (role
 * {@code mentor}, linked to their participant record) sees their own and records meetings and their own feedback.
 * The department sees counts in the summary, never a pair.
 */
@RestController
@RequestMapping("/api/pairing/pairs")
@Tag(name = "Наставнические пары и группы")
class PairController {

    private final CommandGateway commands;
    private final PairViews views;
    private final PairTexts texts;
    private final Clock clock;

    PairController(CommandGateway commands, PairViews views, PairTexts texts, Clock clock) {
        this.commands = commands;
        this.views = views;
        this.texts = texts;
        this.clock = clock;
    }

    record FormatRequest(@NotNull(message = "выберите формат: IN_PERSON, REMOTE или MIXED") InteractionFormat format) {
    }

    record PlanRequest(@NotNull(message = "укажите цели") @Size(max = 20) List<@Size(max = 1000) String> goals,
                       @Size(max = 50) List<@Valid TaskRequest> tasks) {
    }

    record TaskRequest(@NotNull(message = "укажите задачу") @Size(max = 1000) String title,
                       @NotNull(message = "укажите дату начала") LocalDate from,
                       @NotNull(message = "укажите дату окончания") LocalDate to) {
    }

    record MeetingRequest(@NotNull(message = "укажите вид встречи") MeetingKind kind,
                          @NotNull(message = "укажите дату встречи") LocalDate heldOn,
                          @NotNull(message = "укажите формат встречи") InteractionFormat format,
                          @Size(max = 4000, message = "не длиннее 4000 символов") String notes) {
    }

    /** @param menteeId whose feedback the curator enters from a paper form; for the mentor's own, leave empty */
    record FeedbackRequest(@NotNull(message = "укажите, чья это обратная связь: MENTOR или MENTEE") FeedbackAuthor author,
                           @Size(max = 64) String menteeId,
                           @Min(value = 1, message = "оценка от 1 до 5") @Max(value = 5, message = "оценка от 1 до 5") int score,
                           @Size(max = 2000, message = "не длиннее 2000 символов") String comment,
                           boolean notAGoodFit) {
    }

    record CompletionRequest(@NotNull(message = "укажите результат") Outcome outcome,
                             @NotNull(message = "нужна рефлексия наставника") @Size(max = 4000) String mentorReflection,
                             @NotNull(message = "нужна рефлексия наставляемого") @Size(max = 4000) String menteeReflection,
                             boolean nominateMentor) {
    }

    record DissolutionRequest(@NotNull(message = "укажите причину") PairEndReason reason,
                              @Size(max = 2000, message = "не длиннее 2000 символов") String note) {
    }

    @GetMapping
    @Operation(summary = "Пары и группы: куратору и руководителю — все пары организации (status — фильтр), "
            + "наставнику — свои («Мои пары»)")
    List<PairSummary> list(Caller caller, @RequestParam(required = false) PairStatus status) {
        PairActor actor = actorOf(caller);
        if (actor.kind() == PairActor.Kind.MENTOR) {
            return views.ofMentor(actor.participantId()).stream()
                    .filter(pair -> status == null || pair.status().equals(status.name())).toList();
        }
        return views.ofSchool(actor.schoolId(), status == null ? null : status.name());
    }

    @GetMapping("/stalled")
    @Operation(summary = "Остановившиеся пары организации с причинами")
    List<PairSummary> stalled(Caller caller) {
        return views.stalledOfSchool(staff(caller).schoolId());
    }

    @GetMapping("/nominations")
    @Operation(summary = "Наставники, выдвинутые к поощрению по итогам завершённых пар (список для приказа)")
    List<PairSummary> nominations(Caller caller) {
        return views.nominationsOfSchool(staff(caller).schoolId());
    }

    @GetMapping("/{pairId}")
    @Operation(summary = "Карточка пары: план, встречи, обратная связь, остановка, завершение")
    PairCard card(Caller caller, @PathVariable String pairId) {
        return visible(actorOf(caller), pairId);
    }

    @PutMapping("/{pairId}/format")
    @Operation(summary = "Формат взаимодействия пары: очно, дистанционно, смешанный")
    PairCard format(Caller caller, @PathVariable String pairId, @Valid @RequestBody FormatRequest request) {
        PairActor actor = actorOf(caller);
        commands.sendAndWait(new ChooseInteractionFormatCommand(pairId, actor, request.format()));
        return visible(actor, pairId);
    }

    @PutMapping("/{pairId}/plan")
    @Operation(summary = "Индивидуальный план: цели и задачи со сроками; после изменения его снова согласуют "
            + "наставник и куратор")
    PairCard plan(Caller caller, @PathVariable String pairId, @Valid @RequestBody PlanRequest request) {
        PairActor actor = actorOf(caller);
        visible(actor, pairId);
        List<String> goals = request.goals().stream().filter(goal -> goal != null && !goal.isBlank())
                .map(goal -> texts.sealForPair(pairId, goal)).toList();
        List<PlanTask> tasks = request.tasks() == null ? List.of() : request.tasks().stream()
                .map(task -> new PlanTask(texts.sealForPair(pairId, task.title()), task.from(), task.to())).toList();
        commands.sendAndWait(new DraftPlanCommand(pairId, actor, goals, tasks));
        return visible(actor, pairId);
    }

    @PostMapping("/{pairId}/plan/agreement")
    @Operation(summary = "Согласовать индивидуальный план: наставник — за себя, куратор — за себя")
    PairCard agreePlan(Caller caller, @PathVariable String pairId) {
        PairActor actor = actorOf(caller);
        commands.sendAndWait(new AgreePlanCommand(pairId, actor));
        return visible(actor, pairId);
    }

    @PostMapping("/{pairId}/meetings")
    @Operation(summary = "Записать встречу: знакомство, пробная, планирование, рабочие, итоговая — по порядку")
    ResponseEntity<PairCard> meeting(Caller caller, @PathVariable String pairId,
                                     @Valid @RequestBody MeetingRequest request) {
        PairActor actor = actorOf(caller);
        visible(actor, pairId);
        String meetingId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordMeetingCommand(pairId, actor, meetingId, request.kind(), request.heldOn(),
                request.format(), texts.sealForPair(pairId, request.notes()), LocalDate.now(clock)));
        return ResponseEntity.created(URI.create("/api/pairing/pairs/" + pairId + "/meetings/" + meetingId))
                .body(visible(actor, pairId));
    }

    @PostMapping("/{pairId}/meetings/{meetingId}/feedback")
    @Operation(summary = "Обратная связь по встрече: оценка 1–5 и комментарий; наставник — свою, куратор — и "
            + "наставляемого по бумажной анкете (ученики обычно отвечают по одноразовой ссылке)")
    PairCard feedback(Caller caller, @PathVariable String pairId, @PathVariable String meetingId,
                      @Valid @RequestBody FeedbackRequest request) {
        PairActor actor = actorOf(caller);
        PairCard pair = visible(actor, pairId);
        String author = request.author() == FeedbackAuthor.MENTOR ? pair.mentorId() : request.menteeId();
        if (author == null || author.isBlank()) {
            throw BrokenRule.invalid("mentee-required", "Укажите наставляемого, чью обратную связь вы вносите");
        }
        boolean member = request.author() == FeedbackAuthor.MENTOR || pair.mentees().stream()
                .anyMatch(mentee -> mentee.participantId().equals(author) && mentee.leftOn() == null);
        if (!member) {
            // checked before anything is sealed: a key is never made for an id that is not in the pair
            throw BrokenRule.invalid("not-a-member", "Этот наставляемый не состоит в паре");
        }
        // the mentor writes about the pair's work: sealed with the pair, gone when its mentee withdraws consent;
        // a mentee's comment is theirs: sealed with their own key
        String sealedComment = request.author() == FeedbackAuthor.MENTOR ? texts.sealForPair(pairId, request.comment())
                : texts.sealForPerson(author, request.comment());
        commands.sendAndWait(new GiveFeedbackCommand(pairId, actor, meetingId, request.author(), author,
                request.score(), sealedComment, request.notAGoodFit(),
                LocalDate.now(clock)));
        return visible(actor, pairId);
    }

    @PostMapping("/{pairId}/completion")
    @Operation(summary = "Завершить работу пары: результат, рефлексия обеих сторон, выдвижение наставника к поощрению")
    PairCard complete(Caller caller, @PathVariable String pairId, @Valid @RequestBody CompletionRequest request) {
        PairActor actor = staff(caller);
        visible(actor, pairId);
        commands.sendAndWait(new CompletePairCommand(pairId, actor, request.outcome(),
                texts.sealForPair(pairId, request.mentorReflection()),
                texts.sealForPair(pairId, request.menteeReflection()), request.nominateMentor(), LocalDate.now(clock)));
        return visible(actor, pairId);
    }

    @PostMapping("/{pairId}/dissolution")
    @Operation(summary = "Расформировать пару с причиной; наставляемому затем подбирают нового наставника "
            + "(подбор без прежнего)")
    PairCard dissolve(Caller caller, @PathVariable String pairId, @Valid @RequestBody DissolutionRequest request) {
        PairActor actor = staff(caller);
        visible(actor, pairId);
        commands.sendAndWait(new DissolvePairCommand(pairId, actor, request.reason(),
                texts.sealForPair(pairId, request.note()), LocalDate.now(clock)));
        return visible(actor, pairId);
    }

    /** The pair if this actor may see it; otherwise "not found", as for a pair that does not exist. */
    private PairCard visible(PairActor actor, String pairId) {
        return views.card(pairId)
                .filter(pair -> pair.schoolId().equals(actor.schoolId()))
                .filter(pair -> actor.kind() != PairActor.Kind.MENTOR || pair.mentorId().equals(actor.participantId()))
                .orElseThrow(() -> BrokenRule.notVisible("Пара не найдена"));
    }

    static PairActor actorOf(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR);
        String schoolId = caller.requireSchool();
        if (caller.hasAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD)) {
            return PairActor.staff(schoolId);
        }
        return PairActor.mentor(schoolId, caller.requireParticipant());
    }

    static PairActor staff(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return PairActor.staff(caller.requireSchool());
    }
}
