package ru.nastavnik.registry.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.registry.api.ImportJobView;
import ru.nastavnik.registry.api.ImportPreview;
import ru.nastavnik.registry.api.PartnerView;
import ru.nastavnik.registry.enrolment.BaseSheet;
import ru.nastavnik.registry.enrolment.Enrolments;
import ru.nastavnik.registry.enrolment.ImportJobs;
import ru.nastavnik.registry.enrolment.Spreadsheet;
import ru.nastavnik.registry.query.FindPartnersQuery;

/**
 * Schools keep their bases in spreadsheets: the same file is first previewed (nothing stored, each row's problems
 * in Russian), then imported in the background with progress; a file imported twice adds no one twice.
 */
@RestController
@RequestMapping("/api/registry/imports")
@Tag(name = "Импорт баз из XLSX и CSV")
class ImportController {

    private static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    private static final int MAX_ROWS = 5000;

    private final Enrolments enrolments;
    private final ImportJobs jobs;
    private final QueryGateway queries;

    ImportController(Enrolments enrolments, ImportJobs jobs, QueryGateway queries) {
        this.enrolments = enrolments;
        this.jobs = jobs;
        this.queries = queries;
    }

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Предпросмотр импорта: что будет внесено, что уже есть в базе, какие строки с ошибками")
    ImportPreview preview(Caller caller, @RequestParam("file") MultipartFile file) {
        String schoolId = schoolOf(caller);
        BaseSheet.Reading reading = withPartners(read(file), schoolId);
        List<ImportPreview.Row> rows = new ArrayList<>();
        Set<String> seenInFile = new HashSet<>();
        int ready = 0;
        int duplicates = 0;
        for (BaseSheet.Line line : reading.lines()) {
            List<String> problems = new ArrayList<>(line.errors());
            String status = "ERROR";
            if (problems.isEmpty()) {
                var problem = enrolments.problemOf(line.person(), schoolId, caller.requireMunicipality());
                boolean repeated = !seenInFile.add(Enrolments.fingerprintOf(line.person()));
                if (repeated) {
                    status = "DUPLICATE";
                    problems.add("этот человек уже есть выше в файле");
                } else if (problem.isEmpty()) {
                    status = "READY";
                } else {
                    status = "participant-exists".equals(problem.get().code()) ? "DUPLICATE" : "ERROR";
                    problems.add(problem.get().getMessage());
                }
            }
            ready += status.equals("READY") ? 1 : 0;
            duplicates += status.equals("DUPLICATE") ? 1 : 0;
            rows.add(new ImportPreview.Row(line.line(), line.person().fullName(), line.person().role().title(),
                    line.person().category().title(), status, problems));
        }
        return new ImportPreview(file.getOriginalFilename(), reading.columns(), rows, ready, duplicates,
                rows.size() - ready - duplicates);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Импортировать файл: строки вносятся в фоне, ход — по GET /api/registry/imports/{id}")
    ResponseEntity<ImportJobView> start(Caller caller, @RequestParam("file") MultipartFile file) {
        String schoolId = schoolOf(caller);
        BaseSheet.Reading reading = withPartners(read(file), schoolId);
        String jobId = jobs.start(file.getOriginalFilename(), reading.lines(), schoolId, caller.requireMunicipality());
        return ResponseEntity.accepted().location(URI.create("/api/registry/imports/" + jobId))
                .body(jobs.find(jobId, schoolId).orElseThrow());
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "Ход импорта: сколько строк обработано, внесено, пропущено и почему")
    ImportJobView progress(Caller caller, @PathVariable String jobId) {
        return jobs.find(jobId, schoolOf(caller)).orElseThrow(() -> new NotFoundException("Импорт не найден"));
    }

    /** A partner's employee names their partner by name; it must be one of the school's own partners. */
    private BaseSheet.Reading withPartners(BaseSheet.Reading reading, String schoolId) {
        if (reading.lines().stream().allMatch(line -> line.partnerName().isBlank())) {
            return reading;
        }
        Map<String, String> partnerIds = new HashMap<>();
        queries.query(new FindPartnersQuery(schoolId, null), ResponseTypes.multipleInstancesOf(PartnerView.class)).join()
                .forEach(partner -> partnerIds.put(comparable(partner.name()), partner.id()));
        List<BaseSheet.Line> lines = reading.lines().stream().map(line -> {
            if (line.partnerName().isBlank()) {
                return line;
            }
            String partnerId = partnerIds.get(comparable(line.partnerName()));
            return line.withPartner(partnerId, partnerId != null ? null : "организация-партнёр «" + line.partnerName()
                    + "» не найдена среди партнёров школы: сначала запишите её на странице «Партнёры»");
        }).toList();
        return new BaseSheet.Reading(reading.columns(), lines);
    }

    /** «АО "Завод"» and «ао «завод»» are the same partner. */
    private static String comparable(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static BaseSheet.Reading read(MultipartFile file) {
        if (file.isEmpty()) {
            throw RuleViolationException.unprocessable("import-empty", "Файл пустой");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw RuleViolationException.unprocessable("import-too-large", "Файл больше 5 МБ: разделите его на части");
        }
        try {
            BaseSheet.Reading reading = BaseSheet.read(Spreadsheet.read(file.getBytes()));
            if (reading.lines().size() > MAX_ROWS) {
                throw RuleViolationException.unprocessable("import-too-many-rows",
                        "В файле больше " + MAX_ROWS + " строк: разделите его на части");
            }
            return reading;
        } catch (IllegalArgumentException unreadable) {
            throw RuleViolationException.unprocessable("import-unreadable", unreadable.getMessage());
        } catch (IOException unreadable) {
            throw RuleViolationException.unprocessable("import-unreadable", "Файл не удалось прочитать");
        }
    }

    private static String schoolOf(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return caller.requireSchool();
    }
}
