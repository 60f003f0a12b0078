package ru.nastavnik.roadmap.document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;

import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.roadmap.api.DocumentReadingView;
import ru.nastavnik.roadmap.api.ImportBatchView;
import ru.nastavnik.roadmap.api.ImportRoadmapRequest;
import ru.nastavnik.roadmap.command.CreateRoadmapCommand;
import ru.nastavnik.roadmap.command.RoadmapKind;
import ru.nastavnik.roadmap.deadline.DeadlineInterpretation;
import ru.nastavnik.roadmap.deadline.DeadlineParser;
import ru.nastavnik.roadmap.deadline.RoadmapPeriod;
import ru.nastavnik.roadmap.query.SchoolDirectory;

/**
 * Published documents into draft roadmaps. A document is read in the background, page by page, so that a long one
 * shows its progress; what was understood waits in memory (an hour) for the person to correct and save it — nothing
 * is stored before that. A department migrating its schools sends many documents at once: each is read and saved
 * as a draft of the school it names, and the batch reports what became of every one. A draft is one command: it is
 * stored whole or not at all.
 */
@Service
public class DocumentImports {

    private static final Logger log = LoggerFactory.getLogger(DocumentImports.class);
    private static final Duration KEPT = Duration.ofHours(1);
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");

    private final CommandGateway commands;
    private final SchoolDirectory schools;
    private final Validator validator;
    private final Clock clock;
    private final RoadmapDocumentReader reader = new RoadmapDocumentReader();
    private final DeadlineParser deadlines = new DeadlineParser();
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();
    private final Map<String, Batch> batches = new ConcurrentHashMap<>();
    // the caller's identity goes along, so a draft's history names who imported it
    private final ExecutorService worker = new DelegatingSecurityContextExecutorService(
            Executors.newFixedThreadPool(2, Thread.ofPlatform().name("document-import-", 1).factory()));

    DocumentImports(CommandGateway commands, SchoolDirectory schools, Validator validator, Clock clock) {
        this.commands = commands;
        this.schools = schools;
        this.validator = validator;
        this.clock = clock;
    }

    /** Where a draft goes: a school's roadmap, or the department's own plan. */
    public record Target(RoadmapKind kind, String schoolId, String municipalityId) {
    }

    /** One document of a batch, with the school it is for (null: the caller's own organisation). */
    public record BatchDocument(String fileName, byte[] content, String schoolId) {
    }

    public DocumentReadingView startReading(String fileName, byte[] content, String owner) {
        forgetOld();
        Reading reading = new Reading(UUID.randomUUID().toString(), fileName, owner);
        readings.put(reading.id, reading);
        worker.submit(() -> {
            try {
                reading.roadmap = read(content, reading::progress);
            } catch (IllegalArgumentException unreadable) {
                reading.problem = unreadable.getMessage();
            } catch (RuntimeException failed) {
                log.error("Reading {} failed with {}", reading.id, failed.getClass().getName(), failed);
                reading.problem = "Документ не удалось прочитать; попробуйте ещё раз";
            } finally {
                reading.finishedAt = Instant.now();
            }
        });
        return reading.view();
    }

    public Optional<DocumentReadingView> reading(String id, String owner) {
        return Optional.ofNullable(readings.get(id)).filter(reading -> reading.owner.equals(owner)).map(Reading::view);
    }

    /**
     * Who the caller may import for: a school for itself; the department for itself (its own plan) or for a school
     * of its municipality.
     */
    public Target target(Caller caller, String schoolId) {
        boolean department = caller.hasRole(Caller.MUNICIPAL_OFFICER);
        if (schoolId == null || schoolId.isBlank()) {
            return department ? new Target(RoadmapKind.MUNICIPAL, null, caller.requireMunicipality())
                    : new Target(RoadmapKind.SCHOOL, caller.requireSchool(), caller.requireMunicipality());
        }
        if (!department) {
            if (!schoolId.equals(caller.schoolId())) {
                throw RuleViolationException.forbidden("import-other-school",
                        "Школа импортирует только свои дорожные карты");
            }
            return new Target(RoadmapKind.SCHOOL, schoolId, caller.requireMunicipality());
        }
        return schools.find(schoolId)
                .filter(school -> school.municipalityId().equals(caller.requireMunicipality()))
                .map(school -> new Target(RoadmapKind.SCHOOL, school.schoolId(), school.municipalityId()))
                .orElseThrow(() -> RuleViolationException.unprocessable("unknown-school",
                        "Школа " + schoolId + " не найдена среди школ вашего муниципалитета"));
    }

    /** The corrected rows saved as a draft roadmap; answers its id. */
    public String saveDraft(ImportRoadmapRequest request, Target target) {
        String roadmapId = UUID.randomUUID().toString();
        List<CreateRoadmapCommand.CarriedAction> actions = request.actions().stream()
                .map(action -> new CreateRoadmapCommand.CarriedAction(UUID.randomUUID().toString(),
                        action.section().strip(), action.number().strip(), action.title().strip(),
                        blank(action.deadline()), blank(action.responsible()), blank(action.result()), null))
                .toList();
        commands.sendAndWait(new CreateRoadmapCommand(roadmapId, target.kind(), target.schoolId(),
                target.municipalityId(), request.title().strip(), request.schoolYear().strip(), null, null, actions));
        return roadmapId;
    }

    /** Checks every document's target first, so a batch with a wrong school starts nothing. */
    public ImportBatchView startBatch(List<BatchDocument> documents, Caller caller) {
        forgetOld();
        List<Target> targets = documents.stream().map(document -> target(caller, document.schoolId())).toList();
        Batch batch = new Batch(UUID.randomUUID().toString(), caller.requireOrganisation(), documents);
        batches.put(batch.id, batch);
        worker.submit(() -> {
            try {
                for (int i = 0; i < documents.size(); i++) {
                    importOne(batch, i, documents.get(i), targets.get(i));
                }
            } finally {
                batch.finishedAt = Instant.now();
            }
        });
        return batch.view();
    }

    public Optional<ImportBatchView> batch(String id, String owner) {
        return Optional.ofNullable(batches.get(id)).filter(batch -> batch.owner.equals(owner)).map(Batch::view);
    }

    private void importOne(Batch batch, int index, BatchDocument document, Target target) {
        BatchItem item = batch.items.get(index);
        item.status = "READING";
        try {
            ImportedRoadmap read = read(document.content(), item::progress);
            // saved without a person to pick the year: the batch's own note on the period replaces the reader's
            read.warnings().stream().filter(warning -> !warning.equals(RoadmapDocumentReader.NO_PERIOD))
                    .forEach(item.notes::add);
            ImportRoadmapRequest request = asDraft(read, document.fileName(), draftPeriod(read, target, item.notes));
            List<String> invalid = validator.validate(request).stream().map(ConstraintViolation::getMessage).toList();
            if (request.actions().isEmpty()) {
                item.fail("В документе не найдено ни одного мероприятия");
            } else if (!invalid.isEmpty()) {
                item.fail("Документ прочитан, но не сохранён: " + String.join("; ", invalid));
            } else {
                item.roadmapId = saveDraft(request, target);
                item.actions = request.actions().size();
                item.warnings = item.notes.size() + read.sections().stream()
                        .flatMap(section -> section.actions().stream()).mapToInt(action -> action.warnings().size()).sum();
                item.status = "SAVED";
            }
        } catch (IllegalArgumentException | RuleViolationException refused) {
            item.fail(refused.getMessage());
        } catch (RuntimeException failed) {
            log.error("Batch {}: document {} failed with {}", batch.id, index + 1, failed.getClass().getName(), failed);
            item.fail("Документ не удалось сохранить; повторите его импорт");
        }
    }

    /** What was read, as the person would save it without changing anything. */
    private ImportRoadmapRequest asDraft(ImportedRoadmap read, String fileName, String period) {
        List<ImportRoadmapRequest.Action> actions = new ArrayList<>();
        for (ImportedRoadmap.Section section : read.sections()) {
            for (ImportedRoadmap.Action action : section.actions()) {
                if (!action.title().isBlank()) {
                    actions.add(new ImportRoadmapRequest.Action(sectionName(section), action.number(), action.title(),
                            action.deadline(), action.responsible(), action.result()));
                }
            }
        }
        String title = read.title().isBlank() ? fileName.replaceFirst("\\.[^.]+$", "") : read.title();
        return new ImportRoadmapRequest(title, period, actions, null);
    }

    public static String sectionName(ImportedRoadmap.Section section) {
        return section.title().isBlank() ? "Раздел " + section.number() : section.number() + ". " + section.title();
    }

    private ImportedRoadmap read(byte[] content, DocumentExtraction.Progress progress) {
        return withDeadlineWarnings(reader.read(DocumentExtraction.rows(content, progress)));
    }

    /** Each deadline read as the roadmap will read it, so the preview warns about the ones it cannot place. */
    private ImportedRoadmap withDeadlineWarnings(ImportedRoadmap read) {
        RoadmapPeriod period = RoadmapPeriod.parse(periodText(read));
        List<ImportedRoadmap.Section> sections = read.sections().stream().map(section -> new ImportedRoadmap.Section(
                section.number(), section.title(), section.actions().stream().map(action -> {
                    DeadlineInterpretation deadline = deadlines.interpret(action.deadline(), period);
                    List<String> warnings = new ArrayList<>(action.warnings());
                    warnings.addAll(deadline.warnings());
                    return new ImportedRoadmap.Action(action.number(), action.title(), action.deadline(),
                            action.responsible(), action.result(), action.confidence(), warnings);
                }).toList())).toList();
        return new ImportedRoadmap(read.title(), read.organisation(), read.period(), read.orderNumber(),
                read.orderDate(), sections, read.warnings());
    }

    /** The document's period, or the current school year when it names none (or none that reads). */
    private String periodText(ImportedRoadmap read) {
        try {
            RoadmapPeriod.parse(read.period());
            return read.period();
        } catch (IllegalArgumentException noPeriod) {
            return currentSchoolYear();
        }
    }

    /** A school's draft covers one school year: a document for several years becomes a draft for the current one. */
    private String draftPeriod(ImportedRoadmap read, Target target, List<String> notes) {
        String period = periodText(read);
        Matcher years = SCHOOL_YEAR.matcher(period);
        boolean oneSchoolYear = years.matches() && Integer.parseInt(years.group(2)) == Integer.parseInt(years.group(1)) + 1;
        if (!period.equals(read.period())) {
            notes.add("Период в документе не указан: черновик создан на " + period + " учебный год, проверьте");
        } else if (target.kind() != RoadmapKind.MUNICIPAL && !oneSchoolYear) {
            period = currentSchoolYear();
            notes.add("Документ составлен на период «" + read.period() + "», а дорожная карта школы — на один учебный "
                    + "год: черновик создан на " + period + ", проверьте сроки");
        }
        return period;
    }

    private String currentSchoolYear() {
        LocalDate today = LocalDate.now(clock);
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "/" + (start + 1);
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT);
        readings.values().removeIf(reading -> reading.finishedAt != null && reading.finishedAt.isBefore(before));
        batches.values().removeIf(batch -> batch.finishedAt != null && batch.finishedAt.isBefore(before));
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Reading {
        private final String id;
        private final String fileName;
        private final String owner;
        private volatile int pagesRead;
        private volatile int pages;
        private volatile ImportedRoadmap roadmap;
        private volatile String problem;
        private volatile Instant finishedAt;

        private Reading(String id, String fileName, String owner) {
            this.id = id;
            this.fileName = fileName;
            this.owner = owner;
        }

        private void progress(int read, int of) {
            pagesRead = read;
            pages = of;
        }

        private DocumentReadingView view() {
            String status = finishedAt == null ? "READING" : problem == null ? "READ" : "FAILED";
            return new DocumentReadingView(id, fileName, status, pagesRead, pages, roadmap, problem);
        }
    }

    private static final class Batch {
        private final String id;
        private final String owner;
        private final List<BatchItem> items;
        private volatile Instant finishedAt;

        private Batch(String id, String owner, List<BatchDocument> documents) {
            this.id = id;
            this.owner = owner;
            this.items = documents.stream().map(document -> new BatchItem(document.fileName(), document.schoolId()))
                    .collect(Collectors.toList());
        }

        private ImportBatchView view() {
            int done = (int) items.stream().filter(item -> item.status.equals("SAVED") || item.status.equals("FAILED")).count();
            return new ImportBatchView(id, items.size(), done, finishedAt != null,
                    items.stream().map(BatchItem::view).toList());
        }
    }

    private static final class BatchItem {
        private final String fileName;
        private final String schoolId;
        private volatile String status = "WAITING";
        private volatile int pagesRead;
        private volatile int pages;
        private volatile String roadmapId;
        private volatile int actions;
        private volatile int warnings;
        private volatile String problem;
        private final List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();

        private BatchItem(String fileName, String schoolId) {
            this.fileName = fileName;
            this.schoolId = schoolId;
        }

        private void progress(int read, int of) {
            pagesRead = read;
            pages = of;
        }

        private void fail(String why) {
            problem = why;
            status = "FAILED";
        }

        private ImportBatchView.Item view() {
            return new ImportBatchView.Item(fileName, schoolId, status, pagesRead, pages, roadmapId, actions, warnings,
                    List.copyOf(notes), problem);
        }
    }
}
