package ru.nastavnik.roadmap.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.roadmap.api.AttentionReport;
import ru.nastavnik.roadmap.api.CancellationRequest;
import ru.nastavnik.roadmap.api.CompletionRequest;
import ru.nastavnik.roadmap.command.CancelOccurrenceCommand;
import ru.nastavnik.roadmap.command.CompleteOccurrenceCommand;
import ru.nastavnik.roadmap.query.FindAttentionQuery;

/** Execution of an adopted roadmap: each due date done with its evidence, or cancelled; what is late or near. */
@RestController
@RequestMapping("/api/roadmaps")
@Tag(name = "Исполнение дорожных карт")
class ExecutionController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    ExecutionController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/{roadmapId}/actions/{actionId}/occurrences/{dueDate}/completion")
    @Operation(summary = "Отметить срок мероприятия выполненным с подтверждающим документом")
    ResponseEntity<Void> complete(Caller caller, @PathVariable String roadmapId, @PathVariable String actionId,
                                  @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                                  @Valid @RequestBody CompletionRequest request) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        commands.sendAndWait(new CompleteOccurrenceCommand(roadmapId, caller.requireOrganisation(), actionId, dueDate,
                request.evidenceKind(), request.evidenceNumber(), request.evidenceDate(), request.evidenceLink(),
                LocalDate.now(clock)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{roadmapId}/actions/{actionId}/occurrences/{dueDate}/cancellation")
    @Operation(summary = "Отменить срок мероприятия с указанием причины")
    ResponseEntity<Void> cancel(Caller caller, @PathVariable String roadmapId, @PathVariable String actionId,
                                @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                                @Valid @RequestBody CancellationRequest request) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        commands.sendAndWait(new CancelOccurrenceCommand(roadmapId, caller.requireOrganisation(), actionId, dueDate,
                request.reason()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/attention")
    @Operation(summary = "Просроченные сроки и сроки ближайших двух недель: своей организации или всех организаций "
            + "муниципалитета")
    AttentionReport attention(Caller caller) {
        FindAttentionQuery query;
        if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            query = new FindAttentionQuery(null, caller.requireMunicipality(), LocalDate.now(clock));
        } else {
            caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR);
            query = new FindAttentionQuery(caller.requireSchool(), null, LocalDate.now(clock));
        }
        return queries.query(query, ResponseTypes.instanceOf(AttentionReport.class)).join();
    }
}
