package ru.nastavnik.roadmap.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.roadmap.api.CreatedResponse;
import ru.nastavnik.roadmap.api.DocumentReadingView;
import ru.nastavnik.roadmap.api.ImportBatchView;
import ru.nastavnik.roadmap.api.ImportRoadmapRequest;
import ru.nastavnik.roadmap.api.SchoolChoice;
import ru.nastavnik.roadmap.document.DocumentExtraction;
import ru.nastavnik.roadmap.document.DocumentImports;
import ru.nastavnik.roadmap.document.UnreadableDocumentException;
import ru.nastavnik.roadmap.query.SchoolDirectory;

/**
 * Published roadmap documents (DOCX, PDF with a text layer, plain text) into roadmaps. One document: read in the
 * background with its progress, then the corrected result saved as a draft. Many documents at once (a department
 * migrating its schools): each read and saved as a draft of the school it is for, with a report per document.
 */
@RestController
@RequestMapping("/api/roadmaps/imports")
@Tag(name = "Импорт дорожных карт из документов")
class DocumentImportController {

    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final int MAX_BATCH_DOCUMENTS = 50;

    private final DocumentImports imports;
    private final SchoolDirectory schools;

    DocumentImportController(DocumentImports imports, SchoolDirectory schools) {
        this.imports = imports;
        this.schools = schools;
    }

    @PostMapping(path = "/readings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Начать чтение документа (DOCX, PDF с текстом, текст); ход и результат — по ссылке из "
            + "Location. Ничего не сохраняется")
    ResponseEntity<DocumentReadingView> startReading(Caller caller, @RequestParam("file") MultipartFile file)
            throws IOException {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        DocumentReadingView reading = imports.startReading(fileName(file), readable(file), caller.requireOrganisation());
        return ResponseEntity.accepted().location(URI.create("/api/roadmaps/imports/readings/" + reading.id()))
                .body(reading);
    }

    @GetMapping("/readings/{readingId}")
    @Operation(summary = "Ход чтения документа, затем что понято: шапка, разделы, мероприятия, уверенность по полям, "
            + "предупреждения")
    DocumentReadingView reading(Caller caller, @PathVariable String readingId) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        return imports.reading(readingId, caller.requireOrganisation())
                .orElseThrow(() -> new NotFoundException("Чтение документа не найдено (результаты хранятся час)"));
    }

    @PostMapping
    @Operation(summary = "Сохранить проверенный результат как черновик: своей организации или, для управления, "
            + "школы своего муниципалитета (schoolId)")
    ResponseEntity<CreatedResponse> save(Caller caller, @Valid @RequestBody ImportRoadmapRequest request) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        String roadmapId = imports.saveDraft(request, imports.target(caller, request.schoolId()));
        return ResponseEntity.created(URI.create("/api/roadmaps/" + roadmapId)).body(new CreatedResponse(roadmapId));
    }

    @PostMapping(path = "/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Перенос многих документов сразу: каждый читается и сохраняется черновиком школы, указанной "
            + "в schoolIds под тем же номером (пусто — своей организации); ход и итог — по ссылке из Location")
    ResponseEntity<ImportBatchView> startBatch(Caller caller, @RequestParam("files") List<MultipartFile> files,
                                               @RequestParam(name = "schoolIds", required = false) List<String> schoolIds)
            throws IOException {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        if (files.isEmpty() || files.size() > MAX_BATCH_DOCUMENTS) {
            throw RuleViolationException.unprocessable("batch-size",
                    "Загрузите от 1 до " + MAX_BATCH_DOCUMENTS + " документов за раз");
        }
        if (schoolIds != null && !schoolIds.isEmpty() && schoolIds.size() != files.size()) {
            throw RuleViolationException.unprocessable("batch-schools",
                    "Укажите школу для каждого документа: документов " + files.size() + ", школ " + schoolIds.size());
        }
        List<DocumentImports.BatchDocument> documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String schoolId = schoolIds == null || schoolIds.isEmpty() ? null : schoolIds.get(i);
            documents.add(new DocumentImports.BatchDocument(fileName(files.get(i)), readable(files.get(i)), schoolId));
        }
        ImportBatchView batch = imports.startBatch(documents, caller);
        return ResponseEntity.accepted().location(URI.create("/api/roadmaps/imports/batches/" + batch.id())).body(batch);
    }

    @GetMapping("/batches/{batchId}")
    @Operation(summary = "Ход переноса и что стало с каждым документом")
    ImportBatchView batch(Caller caller, @PathVariable String batchId) {
        caller.requireAnyRole(RoadmapAccess.EDITORS);
        return imports.batch(batchId, caller.requireOrganisation())
                .orElseThrow(() -> new NotFoundException("Перенос не найден (результаты хранятся час)"));
    }

    @GetMapping("/schools")
    @Operation(summary = "Школы муниципалитета, для которых управление может перенести дорожные карты")
    List<SchoolChoice> schools(Caller caller) {
        caller.requireAnyRole(Caller.MUNICIPAL_OFFICER);
        return schools.ofMunicipality(caller.requireMunicipality()).stream()
                .map(school -> new SchoolChoice(school.schoolId(), school.name())).toList();
    }

    /** The file's bytes, once it is known to be of a size and a kind the import reads. */
    private static byte[] readable(MultipartFile file) throws IOException {
        String which = file.getOriginalFilename() == null ? "" : ": «" + file.getOriginalFilename() + "»";
        if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
            throw RuleViolationException.unprocessable("document-size", "Загрузите непустой файл не больше 10 МБ" + which);
        }
        byte[] content = file.getBytes();
        try {
            DocumentExtraction.refuseUnsupported(content);
        } catch (UnreadableDocumentException unsupported) {
            throw RuleViolationException.unprocessable("document-format", unsupported.getMessage() + which);
        }
        return content;
    }

    private static String fileName(MultipartFile file) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "документ"
                : file.getOriginalFilename();
    }
}
