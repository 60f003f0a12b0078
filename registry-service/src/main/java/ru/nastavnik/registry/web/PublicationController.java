package ru.nastavnik.registry.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.IfMatch;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.registry.api.CreatedResponse;
import ru.nastavnik.registry.api.PublicationRequest;
import ru.nastavnik.registry.api.PublicationView;
import ru.nastavnik.registry.command.PublicationKind;
import ru.nastavnik.registry.command.PublishCommand;
import ru.nastavnik.registry.command.RevisePublicationCommand;
import ru.nastavnik.registry.command.WithdrawPublicationCommand;
import ru.nastavnik.registry.query.FindPublicationQuery;
import ru.nastavnik.registry.query.FindPublicationsQuery;

/**
 * The bank of effective practices and the base of mentoring programmes: every school and the department of a
 * municipality read and search it; a school (or the department) publishes, revises and withdraws its own.
 */
@RestController
@RequestMapping("/api/registry/publications")
@Tag(name = "Банк практик и база программ наставничества")
class PublicationController {

    private static final String[] WRITERS = {Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MUNICIPAL_OFFICER};
    private static final String[] READERS = {Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR,
            Caller.MUNICIPAL_OFFICER};

    private final CommandGateway commands;
    private final QueryGateway queries;

    PublicationController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Опубликовать практику или программу для всего муниципалитета")
    ResponseEntity<CreatedResponse> publish(Caller caller, @Valid @RequestBody PublicationRequest request) {
        caller.requireAnyRole(WRITERS);
        if (request.kind() == null) {
            throw new IllegalArgumentException("Укажите, что публикуется: PRACTICE или PROGRAMME");
        }
        String form = formTitle(request.form());
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new PublishCommand(id, PublicationKind.valueOf(request.kind()),
                caller.hasRole(Caller.MUNICIPAL_OFFICER) ? null : caller.requireSchool(), caller.requireMunicipality(),
                request.title(), form, request.summary(), request.results(), request.link(), request.period()));
        return ResponseEntity.created(URI.create("/api/registry/publications/" + id)).body(new CreatedResponse(id));
    }

    @GetMapping
    @Operation(summary = "Поиск по банку практик и базе программ муниципалитета: kind, form, q")
    List<PublicationView> search(Caller caller, @RequestParam(required = false) PublicationKind kind,
                                 @RequestParam(required = false) String form,
                                 @RequestParam(required = false) String q) {
        caller.requireAnyRole(READERS);
        return queries.query(new FindPublicationsQuery(caller.requireMunicipality(), kind == null ? null : kind.name(),
                form, q), ResponseTypes.multipleInstancesOf(PublicationView.class)).join();
    }

    @GetMapping("/{publicationId}")
    @Operation(summary = "Практика или программа; ETag — версия для If-Match при правке")
    ResponseEntity<PublicationView> get(Caller caller, @PathVariable String publicationId) {
        PublicationView publication = visible(caller, publicationId);
        return ResponseEntity.ok().eTag(Long.toString(publication.version())).body(publication);
    }

    @PutMapping("/{publicationId}")
    @Operation(summary = "Исправить свою публикацию; с If-Match — только если её никто не изменил")
    PublicationView revise(Caller caller, @PathVariable String publicationId,
                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                           @Valid @RequestBody PublicationRequest request) {
        caller.requireAnyRole(WRITERS);
        String form = formTitle(request.form());
        commands.sendAndWait(new RevisePublicationCommand(publicationId, IfMatch.expectedVersion(ifMatch),
                caller.requireOrganisation(), request.title(), form, request.summary(), request.results(),
                request.link(), request.period()));
        return visible(caller, publicationId);
    }

    @PostMapping("/{publicationId}/withdrawal")
    @Operation(summary = "Снять свою публикацию")
    ResponseEntity<Void> withdraw(Caller caller, @PathVariable String publicationId) {
        caller.requireAnyRole(WRITERS);
        commands.sendAndWait(new WithdrawPublicationCommand(publicationId, caller.requireOrganisation()));
        return ResponseEntity.noContent().build();
    }

    private PublicationView visible(Caller caller, String publicationId) {
        caller.requireAnyRole(READERS);
        return queries.query(new FindPublicationQuery(publicationId),
                        ResponseTypes.optionalInstanceOf(PublicationView.class)).join()
                .filter(publication -> publication.municipalityId().equals(caller.municipalityId()))
                .orElseThrow(() -> new NotFoundException("Публикация не найдена"));
    }

    /** A practice names its form as people read it; the code or the title is accepted. */
    private static String formTitle(String form) {
        return MentoringForm.of(form).map(MentoringForm::title).orElseThrow(() -> RuleViolationException.unprocessable(
                "form-unknown", "Выберите форму наставничества из списка: " + String.join(", ",
                        java.util.Arrays.stream(MentoringForm.values()).map(MentoringForm::title).toList())));
    }
}
