package ru.nastavnik.pairing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.pairing.api.PairView;
import ru.nastavnik.pairing.api.ProposePairRequest;
import ru.nastavnik.pairing.command.ProposePairCommand;
import ru.nastavnik.pairing.query.FindPairQuery;
import ru.nastavnik.pairing.query.FindSchoolPairsQuery;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;

/** Pairs are the school's own business: the department sees their counts in monitoring only. */
@RestController
@RequestMapping("/api/pairing/pairs")
@Tag(name = "Наставнические пары")
class PairController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PairController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Предложить наставническую пару")
    ResponseEntity<PairView> propose(Caller caller, @Valid @RequestBody ProposePairRequest request) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        String pairId = UUID.randomUUID().toString();
        commands.sendAndWait(new ProposePairCommand(pairId, caller.requireSchool(), caller.requireMunicipality(),
                request.mentorId().strip(), request.menteeId().strip(), request.form()));
        return ResponseEntity.created(URI.create("/api/pairing/pairs/" + pairId)).body(get(caller, pairId));
    }

    @GetMapping
    @Operation(summary = "Пары своей организации")
    List<PairView> list(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return queries.query(new FindSchoolPairsQuery(caller.requireSchool()),
                ResponseTypes.multipleInstancesOf(PairView.class)).join();
    }

    @GetMapping("/{pairId}")
    @Operation(summary = "Пара своей организации")
    PairView get(Caller caller, @PathVariable String pairId) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return queries.query(new FindPairQuery(pairId), ResponseTypes.optionalInstanceOf(PairView.class)).join()
                .filter(pair -> pair.schoolId().equals(caller.schoolId()))
                .orElseThrow(() -> new NotFoundException("Пара не найдена"));
    }
}
