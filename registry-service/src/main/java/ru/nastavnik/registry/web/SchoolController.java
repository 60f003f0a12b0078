package ru.nastavnik.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.registry.api.HeadcountRequest;
import ru.nastavnik.registry.api.MoveSchoolRequest;
import ru.nastavnik.registry.api.RegisterSchoolRequest;
import ru.nastavnik.registry.api.SchoolView;
import ru.nastavnik.registry.command.MoveSchoolCommand;
import ru.nastavnik.registry.command.RegisterSchoolCommand;
import ru.nastavnik.registry.command.ReportHeadcountCommand;
import ru.nastavnik.registry.query.FindSchoolQuery;
import ru.nastavnik.registry.query.FindSchoolsQuery;

@RestController
@RequestMapping("/api/registry/schools")
@Tag(name = "Организации и их численность")
class SchoolController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    private final Clock clock;

    SchoolController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Зарегистрировать организацию (управление образования или администратор платформы)")
    ResponseEntity<SchoolView> register(Caller caller, @Valid @RequestBody RegisterSchoolRequest request) {
        caller.requireAnyRole(Caller.MUNICIPAL_OFFICER, Caller.PLATFORM_ADMIN);
        String municipalityId = caller.hasRole(Caller.MUNICIPAL_OFFICER) ? caller.requireMunicipality()
                : request.municipalityId();
        if (municipalityId == null || municipalityId.isBlank()) {
            throw new IllegalArgumentException("Укажите муниципалитет организации (municipalityId)");
        }
        if (find(request.schoolId()).isPresent()) {
            throw RuleViolationException.conflict("school-exists",
                    "Организация с кодом " + request.schoolId() + " уже зарегистрирована");
        }
        commands.sendAndWait(new RegisterSchoolCommand(request.schoolId(), municipalityId, caller.regionId(),
                request.name(), request.kind()));
        return ResponseEntity.created(URI.create("/api/registry/schools/" + request.schoolId()))
                .body(find(request.schoolId()).orElseThrow());
    }

    @GetMapping
    @Operation(summary = "Организации: своя — для сотрудников, все муниципальные — для управления образования, все "
            + "региональные — для региона и администратора")
    List<SchoolView> list(Caller caller) {
        if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            return queries.query(new FindSchoolsQuery(caller.requireMunicipality(), null),
                    ResponseTypes.multipleInstancesOf(SchoolView.class)).join();
        }
        // the region compares its schools' quarters by name: organisations, not people
        if (caller.hasAnyRole(Caller.PLATFORM_ADMIN, Caller.REGIONAL_ANALYST)) {
            return queries.query(new FindSchoolsQuery(null, caller.regionId()),
                    ResponseTypes.multipleInstancesOf(SchoolView.class)).join();
        }
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR);
        return find(caller.requireSchool()).stream().toList();
    }

    @GetMapping("/{schoolId}")
    @Operation(summary = "Организация и её численность по кварталам")
    SchoolView get(Caller caller, @PathVariable String schoolId) {
        return find(schoolId)
                .filter(school -> caller.canSeeSchool(school.id(), school.municipalityId())
                        || caller.hasRole(Caller.PLATFORM_ADMIN) && school.regionId().equals(caller.regionId()))
                .orElseThrow(() -> new NotFoundException("Организация не найдена"));
    }

    @PutMapping("/{schoolId}/headcounts/{quarter}")
    @Operation(summary = "Сообщить численность за квартал (знаменатели показателей); повтор исправляет")
    SchoolView reportHeadcount(Caller caller, @PathVariable String schoolId, @PathVariable String quarter,
                               @Valid @RequestBody HeadcountRequest request) {
        caller.requireAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR);
        if (find(schoolId).filter(school -> school.id().equals(caller.requireSchool())).isEmpty()) {
            throw new NotFoundException("Организация не найдена");
        }
        commands.sendAndWait(new ReportHeadcountCommand(schoolId, caller.requireSchool(), quarter,
                request.pupilsAged10To14(), request.pupilsAged15To18(), request.teachersWithUpTo3Years(),
                request.teachersWithOver3Years(), request.pupilsByGrade()));
        return find(schoolId).orElseThrow();
    }

    @PostMapping("/{schoolId}/move")
    @Operation(summary = "Передать организацию другому муниципалитету с даты (региональный орган); история до даты "
            + "остаётся у прежнего")
    SchoolView move(Caller caller, @PathVariable String schoolId, @Valid @RequestBody MoveSchoolRequest request) {
        caller.requireAnyRole(Caller.REGIONAL_ANALYST);
        if (find(schoolId).filter(school -> school.regionId() != null && school.regionId().equals(caller.regionId()))
                .isEmpty()) {
            throw new NotFoundException("Организация не найдена");
        }
        String regionId = request.regionId() == null || request.regionId().isBlank() ? caller.regionId()
                : request.regionId();
        commands.sendAndWait(new MoveSchoolCommand(schoolId, caller.regionId(), request.municipalityId(), regionId,
                request.movedOn(), LocalDate.now(clock)));
        return find(schoolId).orElseThrow();
    }

    private java.util.Optional<SchoolView> find(String schoolId) {
        return queries.query(new FindSchoolQuery(schoolId), ResponseTypes.optionalInstanceOf(SchoolView.class)).join();
    }
}
