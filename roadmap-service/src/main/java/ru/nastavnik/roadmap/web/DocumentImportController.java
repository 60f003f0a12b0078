package ru.nastavnik.roadmap.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.roadmap.api.CreatedResponse;
import ru.nastavnik.roadmap.api.ImportRoadmapRequest;
import ru.nastavnik.roadmap.command.CreateRoadmapCommand;
import ru.nastavnik.roadmap.command.RoadmapKind;
import ru.nastavnik.roadmap.deadline.DeadlineInterpretation;
import ru.nastavnik.roadmap.deadline.DeadlineParser;
import ru.nastavnik.roadmap.deadline.RoadmapPeriod;
import ru.nastavnik.roadmap.document.DocumentExtraction;
import ru.nastavnik.roadmap.document.ImportedRoadmap;
import ru.nastavnik.roadmap.document.RoadmapDocumentReader;

/**
 * Published roadmap documents into roadmaps: a preview of what was understood (nothing stored), then the corrected
 * result saved as a draft. The same two calls serve a department migrating many schools.
 */
@RestController
@RequestMapping("/api/roadmaps/imports")
@Tag(name = "Импорт дорожных карт из документов")
class DocumentImportController {

    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final CommandGateway commands;
    private final Clock clock;
    private final RoadmapDocumentReader reader = new RoadmapDocumentReader();
    private final DeadlineParser deadlines = new DeadlineParser();

    DocumentImportController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Что платформа поняла в документе (PDF с текстом или текст): шапка, разделы, мероприятия, "
            + "уверенность по полям, предупреждения — ничего не сохраняется")
    ImportedRoadmap preview(Caller caller, @RequestParam("file") MultipartFile file) throws IOException {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
            throw RuleViolationException.unprocessable("document-size", "Загрузите непустой файл не больше 10 МБ");
        }
        ImportedRoadmap read;
        try {
            read = reader.read(DocumentExtraction.text(file.getBytes()));
        } catch (IllegalArgumentException unreadable) {
            throw RuleViolationException.unprocessable("document-unreadable", unreadable.getMessage());
        }
        return withDeadlineWarnings(read);
    }

    @PostMapping
    @Operation(summary = "Сохранить проверенный результат импорта как черновик дорожной карты своей организации")
    ResponseEntity<CreatedResponse> save(Caller caller, @Valid @RequestBody ImportRoadmapRequest request) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        boolean department = caller.hasRole(Caller.MUNICIPAL_OFFICER);
        String roadmapId = UUID.randomUUID().toString();
        List<CreateRoadmapCommand.CarriedAction> actions = request.actions().stream()
                .map(action -> new CreateRoadmapCommand.CarriedAction(UUID.randomUUID().toString(), action.section(),
                        action.number().strip(), action.title(), blank(action.deadline()), blank(action.responsible()),
                        blank(action.result()), null))
                .toList();
        commands.sendAndWait(new CreateRoadmapCommand(roadmapId, department ? RoadmapKind.MUNICIPAL : RoadmapKind.SCHOOL,
                department ? null : caller.requireSchool(), caller.requireMunicipality(), request.title(),
                request.schoolYear(), null, null, actions));
        return ResponseEntity.created(URI.create("/api/roadmaps/" + roadmapId)).body(new CreatedResponse(roadmapId));
    }

    /** Each deadline read as the roadmap will read it, so the preview warns about the ones it cannot place. */
    private ImportedRoadmap withDeadlineWarnings(ImportedRoadmap read) {
        RoadmapPeriod period;
        try {
            period = RoadmapPeriod.parse(read.period());
        } catch (IllegalArgumentException noPeriod) {
            int start = LocalDate.now(clock).getMonthValue() >= 9 ? LocalDate.now(clock).getYear()
                    : LocalDate.now(clock).getYear() - 1;
            period = RoadmapPeriod.parse(start + "/" + (start + 1));
        }
        RoadmapPeriod over = period;
        List<ImportedRoadmap.Section> sections = read.sections().stream().map(section -> new ImportedRoadmap.Section(
                section.number(), section.title(), section.actions().stream().map(action -> {
                    DeadlineInterpretation deadline = deadlines.interpret(action.deadline(), over);
                    List<String> warnings = new ArrayList<>(action.warnings());
                    warnings.addAll(deadline.warnings());
                    return new ImportedRoadmap.Action(action.number(), action.title(), action.deadline(),
                            action.responsible(), action.result(), action.confidence(), warnings);
                }).toList())).toList();
        return new ImportedRoadmap(read.title(), read.organisation(), read.period(), read.orderNumber(),
                read.orderDate(), sections, read.warnings());
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
