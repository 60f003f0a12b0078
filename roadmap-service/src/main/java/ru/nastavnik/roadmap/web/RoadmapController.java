package ru.nastavnik.roadmap.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.IfMatch;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.roadmap.api.AddActionRequest;
import ru.nastavnik.roadmap.api.AdoptionRequest;
import ru.nastavnik.roadmap.api.DecisionRequest;
import ru.nastavnik.roadmap.api.Occurrence;
import ru.nastavnik.roadmap.api.CreateRoadmapRequest;
import ru.nastavnik.roadmap.api.CreatedResponse;
import ru.nastavnik.roadmap.api.RoadmapDetails;
import ru.nastavnik.roadmap.api.RoadmapSummary;
import ru.nastavnik.roadmap.command.AddRoadmapActionCommand;
import ru.nastavnik.roadmap.command.AdoptRoadmapCommand;
import ru.nastavnik.roadmap.command.AgreeRoadmapCommand;
import ru.nastavnik.roadmap.command.ChangeRoadmapActionCommand;
import ru.nastavnik.roadmap.command.CloseRoadmapCommand;
import ru.nastavnik.roadmap.command.RemoveRoadmapActionCommand;
import ru.nastavnik.roadmap.command.ReturnRoadmapCommand;
import ru.nastavnik.roadmap.command.RoadmapKind;
import ru.nastavnik.roadmap.command.RoadmapStatus;
import ru.nastavnik.roadmap.command.CreateRoadmapCommand;
import ru.nastavnik.roadmap.command.SubmitRoadmapCommand;
import ru.nastavnik.roadmap.query.FindRoadmapQuery;
import ru.nastavnik.roadmap.query.FindRoadmapsQuery;

@RestController
@RequestMapping("/api/roadmaps")
@Tag(name = "Дорожные карты")
class RoadmapController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    RoadmapController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Создать черновик дорожной карты своей организации: пустой, по шаблону управления "
            + "образования или как продолжение прошлогодней; управление образования создаёт свой план или шаблон")
    ResponseEntity<CreatedResponse> create(Caller caller, @Valid @RequestBody CreateRoadmapRequest request) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        boolean department = caller.hasRole(Caller.MUNICIPAL_OFFICER);
        RoadmapKind kind = request.kind() != null ? RoadmapKind.valueOf(request.kind())
                : department ? RoadmapKind.MUNICIPAL : RoadmapKind.SCHOOL;
        if (department == (kind == RoadmapKind.SCHOOL)) {
            throw RuleViolationException.unprocessable("roadmap-kind-for-role", department
                    ? "Управление образования создаёт свой план (MUNICIPAL) или шаблон для школ (TEMPLATE)"
                    : "Школа создаёт дорожную карту школы (SCHOOL)");
        }
        boolean continues = present(request.previousRoadmapId());
        boolean fromTemplate = present(request.templateId());
        if (continues && fromTemplate || fromTemplate && kind != RoadmapKind.SCHOOL) {
            throw RuleViolationException.unprocessable("roadmap-basis",
                    "Дорожную карту школы можно начать либо по шаблону, либо с прошлогодней — не то и другое сразу");
        }
        String roadmapId = UUID.randomUUID().toString();
        List<CreateRoadmapCommand.CarriedAction> carried = continues
                ? carriedOver(caller, kind, request.previousRoadmapId(), request.schoolYear())
                : fromTemplate ? fromTemplate(caller, request.templateId()) : List.of();
        commands.sendAndWait(new CreateRoadmapCommand(roadmapId, kind, department ? null : caller.requireSchool(),
                caller.requireMunicipality(), request.title(), request.schoolYear(),
                continues ? request.previousRoadmapId() : null, fromTemplate ? request.templateId() : null, carried));
        return ResponseEntity.created(URI.create("/api/roadmaps/" + roadmapId)).body(new CreatedResponse(roadmapId));
    }

    @GetMapping
    @Operation(summary = "Дорожные карты своей организации; для управления образования — всех его организаций и "
            + "его собственные; status=SUBMITTED — входящие на согласование; kind=TEMPLATE — шаблоны "
            + "(школам — утверждённые), kind=MUNICIPAL — план управления (школам — утверждённый)")
    List<RoadmapSummary> list(Caller caller, @RequestParam(required = false) RoadmapStatus status,
                              @RequestParam(required = false) RoadmapKind kind) {
        String statusName = status == null ? null : status.name();
        String kindName = kind == null ? null : kind.name();
        FindRoadmapsQuery query;
        if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            query = new FindRoadmapsQuery(null, caller.requireMunicipality(), statusName, kindName);
        } else {
            caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR);
            String schoolId = caller.requireSchool();
            query = kind == null || kind == RoadmapKind.SCHOOL
                    ? new FindRoadmapsQuery(schoolId, null, statusName, RoadmapKind.SCHOOL.name())
                    : new FindRoadmapsQuery(null, caller.requireMunicipality(), statusName, kindName);
        }
        return queries.query(query, ResponseTypes.multipleInstancesOf(RoadmapSummary.class)).join().stream()
                .filter(roadmap -> RoadmapAccess.canRead(caller, roadmap))
                .toList();
    }

    @GetMapping("/{roadmapId}")
    @Operation(summary = "Дорожная карта с мероприятиями; ETag — её версия для If-Match")
    ResponseEntity<RoadmapDetails> get(Caller caller, @PathVariable String roadmapId) {
        RoadmapDetails details = visibleRoadmap(caller, roadmapId);
        return ResponseEntity.ok().eTag(Long.toString(details.roadmap().version())).body(details);
    }

    @PostMapping("/{roadmapId}/actions")
    @Operation(summary = "Добавить мероприятие; с If-Match — только если карту никто не изменил")
    ResponseEntity<CreatedResponse> addAction(Caller caller, @PathVariable String roadmapId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody AddActionRequest request) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        String actionId = UUID.randomUUID().toString();
        commands.sendAndWait(new AddRoadmapActionCommand(roadmapId, IfMatch.expectedVersion(ifMatch),
                caller.requireOrganisation(), actionId, request.section(), request.number(), request.title(),
                request.deadline(), request.responsible(), request.result(), request.anchorActionId()));
        return ResponseEntity.created(URI.create("/api/roadmaps/" + roadmapId + "/actions/" + actionId))
                .body(new CreatedResponse(actionId));
    }

    @PutMapping("/{roadmapId}/actions/{actionId}")
    @Operation(summary = "Исправить мероприятие черновика; с If-Match — только если карту никто не изменил")
    ResponseEntity<Void> changeAction(Caller caller, @PathVariable String roadmapId, @PathVariable String actionId,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody AddActionRequest request) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        commands.sendAndWait(new ChangeRoadmapActionCommand(roadmapId, IfMatch.expectedVersion(ifMatch),
                caller.requireOrganisation(), actionId, request.section(), request.number(), request.title(),
                request.deadline(), request.responsible(), request.result(), request.anchorActionId()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{roadmapId}/actions/{actionId}")
    @Operation(summary = "Удалить мероприятие черновика")
    ResponseEntity<Void> removeAction(Caller caller, @PathVariable String roadmapId, @PathVariable String actionId,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        commands.sendAndWait(new RemoveRoadmapActionCommand(roadmapId, IfMatch.expectedVersion(ifMatch), caller.requireOrganisation(),
                actionId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{roadmapId}/submission")
    @Operation(summary = "Отправить дорожную карту на согласование в управление образования")
    ResponseEntity<RoadmapSummary> submit(Caller caller, @PathVariable String roadmapId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        commands.sendAndWait(new SubmitRoadmapCommand(roadmapId, IfMatch.expectedVersion(ifMatch), caller.requireOrganisation()));
        return ResponseEntity.ok(visibleRoadmap(caller, roadmapId).roadmap());
    }

    @PostMapping("/{roadmapId}/agreement")
    @Operation(summary = "Согласовать дорожную карту (управление образования)")
    ResponseEntity<RoadmapSummary> agree(Caller caller, @PathVariable String roadmapId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody(required = false) DecisionRequest request) {
        caller.requireAnyRole(Caller.MUNICIPAL_OFFICER);
        commands.sendAndWait(new AgreeRoadmapCommand(roadmapId, IfMatch.expectedVersion(ifMatch), caller.requireMunicipality(),
                request == null ? "" : request.comment()));
        return ResponseEntity.ok(visibleRoadmap(caller, roadmapId).roadmap());
    }

    @PostMapping("/{roadmapId}/return")
    @Operation(summary = "Вернуть дорожную карту на доработку с комментарием (управление образования)")
    ResponseEntity<RoadmapSummary> returnForRework(Caller caller, @PathVariable String roadmapId,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody DecisionRequest request) {
        caller.requireAnyRole(Caller.MUNICIPAL_OFFICER);
        commands.sendAndWait(new ReturnRoadmapCommand(roadmapId, IfMatch.expectedVersion(ifMatch),
                caller.requireMunicipality(), request.comment()));
        return ResponseEntity.ok(visibleRoadmap(caller, roadmapId).roadmap());
    }

    @PostMapping("/{roadmapId}/adoption")
    @Operation(summary = "Утвердить приказом: руководитель — согласованную дорожную карту школы, управление "
            + "образования — свой план (начинается исполнение) или шаблон (школы могут начинать по нему)")
    ResponseEntity<RoadmapSummary> adopt(Caller caller, @PathVariable String roadmapId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody AdoptionRequest request) {
        caller.requireAnyRole(Caller.SCHOOL_HEAD, Caller.MUNICIPAL_OFFICER);
        commands.sendAndWait(new AdoptRoadmapCommand(roadmapId, IfMatch.expectedVersion(ifMatch), caller.requireOrganisation(),
                request.orderNumber(), request.orderDate(), LocalDate.now(clock)));
        return ResponseEntity.ok(visibleRoadmap(caller, roadmapId).roadmap());
    }

    @PostMapping("/{roadmapId}/closure")
    @Operation(summary = "Закрыть исполненную дорожную карту (руководитель; управление — свой план) "
            + "или отозвать шаблон (управление образования)")
    ResponseEntity<RoadmapSummary> close(Caller caller, @PathVariable String roadmapId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        caller.requireAnyRole(Caller.SCHOOL_HEAD, Caller.MUNICIPAL_OFFICER);
        commands.sendAndWait(new CloseRoadmapCommand(roadmapId, IfMatch.expectedVersion(ifMatch), caller.requireOrganisation()));
        return ResponseEntity.ok(visibleRoadmap(caller, roadmapId).roadmap());
    }

    /**
     * What goes on into next year: every action of last year's adopted roadmap of the same owner except those
     * finished for good (all their dates done or cancelled, and not recurring).
     */
    private List<CreateRoadmapCommand.CarriedAction> carriedOver(Caller caller, RoadmapKind kind,
                                                                 String previousRoadmapId, String schoolYear) {
        RoadmapDetails previous = visibleRoadmap(caller, previousRoadmapId);
        boolean sameOwner = previous.roadmap().kind().equals(kind.name()) && (kind == RoadmapKind.SCHOOL
                ? previous.roadmap().schoolId().equals(caller.schoolId())
                : caller.hasRole(Caller.MUNICIPAL_OFFICER));
        if (!sameOwner || kind == RoadmapKind.TEMPLATE) {
            throw new NotFoundException("Дорожная карта не найдена");
        }
        if (!Set.of("IN_EXECUTION", "CLOSED").contains(previous.roadmap().status())) {
            throw RuleViolationException.conflict("previous-not-adopted",
                    "Продолжить можно только утверждённую дорожную карту");
        }
        if (schoolYear.compareTo(previous.roadmap().schoolYear()) <= 0) {
            throw RuleViolationException.unprocessable("school-year-not-later",
                    "Новая дорожная карта должна быть на более поздний период, чем " + previous.roadmap().schoolYear());
        }
        return carried(previous.actions().stream()
                .filter(action -> !finishedForGood(action, previous.occurrences())).toList());
    }

    /** Every action of an issued template of the school's own department. */
    private List<CreateRoadmapCommand.CarriedAction> fromTemplate(Caller caller, String templateId) {
        RoadmapDetails template = visibleRoadmap(caller, templateId);
        if (!template.roadmap().kind().equals(RoadmapKind.TEMPLATE.name())) {
            throw new NotFoundException("Шаблон не найден");
        }
        if (!template.roadmap().status().equals(RoadmapStatus.ISSUED.name())) {
            throw RuleViolationException.conflict("template-not-issued",
                    "Начать можно только по шаблону, утверждённому приказом управления образования");
        }
        return carried(template.actions());
    }

    /** Copies of the actions under new ids; a relative deadline keeps counting from the copy of its anchor. */
    private static List<CreateRoadmapCommand.CarriedAction> carried(List<RoadmapDetails.Action> actions) {
        Map<String, String> newIds = new HashMap<>();
        actions.forEach(action -> newIds.put(action.id(), UUID.randomUUID().toString()));
        return actions.stream()
                .map(action -> new CreateRoadmapCommand.CarriedAction(newIds.get(action.id()), action.section(),
                        action.number(), action.title(), action.deadline(), action.responsible(), action.result(),
                        action.schedule().anchor() == null ? null : newIds.get(action.schedule().anchor().actionId())))
                .toList();
    }

    private static boolean finishedForGood(RoadmapDetails.Action action, List<Occurrence> occurrences) {
        if (Set.of("RECURRING", "ONGOING").contains(action.schedule().kind())) {
            return false;
        }
        List<Occurrence> own = occurrences.stream().filter(o -> o.actionId().equals(action.id())).toList();
        return !own.isEmpty() && own.stream().allMatch(o -> Set.of("DONE", "DONE_LATE", "CANCELLED").contains(o.status()));
    }

    private RoadmapDetails visibleRoadmap(Caller caller, String roadmapId) {
        return queries.query(new FindRoadmapQuery(roadmapId), ResponseTypes.optionalInstanceOf(RoadmapDetails.class))
                .join()
                .filter(details -> RoadmapAccess.canRead(caller, details.roadmap()))
                .orElseThrow(() -> new NotFoundException("Дорожная карта не найдена"));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
