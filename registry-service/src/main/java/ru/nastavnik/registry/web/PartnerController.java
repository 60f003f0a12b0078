package ru.nastavnik.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.registry.api.AgreementRequest;
import ru.nastavnik.registry.api.CreatedResponse;
import ru.nastavnik.registry.api.PartnerView;
import ru.nastavnik.registry.api.RegisterPartnerRequest;
import ru.nastavnik.registry.command.PartnerKind;
import ru.nastavnik.registry.command.RegisterPartnerCommand;
import ru.nastavnik.registry.command.SignPartnerAgreementCommand;
import ru.nastavnik.registry.query.FindPartnerQuery;
import ru.nastavnik.registry.query.FindPartnersQuery;

/**
 * Partner organisations of a school and their agreements. Organisations are not people: the department sees its
 * schools' partners too (that is how it counts partner enterprises that provide mentors); only the school edits.
 */
@RestController
@RequestMapping("/api/registry/partners")
@Tag(name = "Организации-партнёры")
class PartnerController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    PartnerController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Записать организацию-партнёра своей школы")
    ResponseEntity<CreatedResponse> register(Caller caller, @Valid @RequestBody RegisterPartnerRequest request) {
        String schoolId = schoolOf(caller);
        String partnerId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterPartnerCommand(partnerId, schoolId, caller.requireMunicipality(),
                request.name(), PartnerKind.valueOf(request.kind()), request.inn(), request.contacts()));
        return ResponseEntity.created(URI.create("/api/registry/partners/" + partnerId))
                .body(new CreatedResponse(partnerId));
    }

    @GetMapping
    @Operation(summary = "Партнёры своей школы; управлению образования — всех школ муниципалитета")
    List<PartnerView> list(Caller caller) {
        FindPartnersQuery query = caller.hasRole(Caller.MUNICIPAL_OFFICER)
                ? new FindPartnersQuery(null, caller.requireMunicipality())
                : new FindPartnersQuery(schoolOf(caller), null);
        return queries.query(query, ResponseTypes.multipleInstancesOf(PartnerView.class)).join();
    }

    @GetMapping("/{partnerId}")
    @Operation(summary = "Партнёр с соглашениями и числом наставников от него")
    PartnerView get(Caller caller, @PathVariable String partnerId) {
        return visible(caller, partnerId);
    }

    @PostMapping("/{partnerId}/agreements")
    @Operation(summary = "Записать соглашение с партнёром: номер, дата, срок, предмет")
    PartnerView signAgreement(Caller caller, @PathVariable String partnerId,
                              @Valid @RequestBody AgreementRequest request) {
        commands.sendAndWait(new SignPartnerAgreementCommand(partnerId, schoolOf(caller), UUID.randomUUID().toString(),
                request.number(), request.signedOn(), request.validUntil(), request.subject(), LocalDate.now(clock)));
        return visible(caller, partnerId);
    }

    private PartnerView visible(Caller caller, String partnerId) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MUNICIPAL_OFFICER);
        PartnerView partner = queries.query(new FindPartnerQuery(partnerId),
                        ResponseTypes.optionalInstanceOf(PartnerView.class)).join()
                .orElseThrow(() -> new NotFoundException("Организация-партнёр не найдена"));
        boolean department = caller.hasRole(Caller.MUNICIPAL_OFFICER)
                && partner.municipalityId().equals(caller.requireMunicipality());
        if (!department && !partner.schoolId().equals(schoolOfOrNull(caller))) {
            throw new NotFoundException("Организация-партнёр не найдена");
        }
        return partner;
    }

    private static String schoolOfOrNull(Caller caller) {
        return caller.hasAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD) ? caller.schoolId() : null;
    }

    private static String schoolOf(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return caller.requireSchool();
    }
}
