package ru.nastavnik.roadmap.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import ru.nastavnik.platform.jobs.JobViews;
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
 * shows its progress; what was understood waits (an hour, in {@link JobViews}, where any instance of the service
 * finds it) for the person to correct and save it — no roadmap exists before that. A department migrating its
 * schools sends many documents at once: each is read and saved as a draft of the school it is for, and the batch
 * reports what became of every one. A draft is one command: stored whole or not at all. The work queues are
 * bounded: when they are full the caller is asked to come back in a minute rather than wait without end.
 */
@Service
public class DocumentImports {

    private static final Logger log = LoggerFactory.getLogger(DocumentImports.class);
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final String READING = "READING";
    private static final String BATCH = "BATCH";
    private static final String BUSY = "Сейчас читается слишком много документов: повторите через минуту";
    private static final String ABANDONED = "Чтение прервалось (сервис перезапускался): загрузите документ ещё раз";
    private static final Pattern ACTION_FIELD = Pattern.compile("actions\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, String> FIELD_NAMES = Map.of("title", "название", "schoolYear", "учебный год",
            "section", "раздел", "number", "номер", "deadline", "срок", "responsible", "ответственный",
            "result", "результат");

    private final CommandGateway commands;
    private final SchoolDirectory schools;
    private final JobViews jobs;
    private final Validator validator;
    private final Clock clock;
    private final RoadmapDocumentReader reader = new RoadmapDocumentReader();
    private final DeadlineParser deadlines = new DeadlineParser();
    // the caller's identity goes along, so a draft's history names who imported it; single documents and batches
    // queue apart, so that a department's fifty documents never hold up a school's one
    private final ExecutorService readingWorker = boundedWorker("document-reading-", 2, 20);
    private final ExecutorService batchWorker = boundedWorker("document-batch-", 1, 4);

    DocumentImports(CommandGateway commands, SchoolDirectory schools, JobViews jobs, Validator validator,
                    Clock clock) {
        this.commands = commands;
        this.schools = schools;
        this.jobs = jobs;
        this.validator = validator;
        this.clock = clock;
    }

    private static ExecutorService boundedWorker(String name, int threads, int waiting) {
        return new DelegatingSecurityContextExecutorService(new ThreadPoolExecutor(threads, threads, 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(waiting), Thread.ofPlatform().name(name, 1).factory()));
    }

    /** Where a draft goes: a school's roadmap, or the department's own plan. */
    public record Target(RoadmapKind kind, String schoolId, String municipalityId) {
    }

    /** One document of a batch, with the school it is for (null: the caller's own organisation). */
    public record BatchDocument(String fileName, byte[] content, String schoolId) {
    }

    public DocumentReadingView startReading(String fileName, byte[] content, String owner) {
        String id = UUID.randomUUID().toString();
        DocumentReadingView started = new DocumentReadingView(id, fileName, READING, 0, 0, null, null);
        jobs.save(id, owner, READING, started, false);
        submit(readingWorker, id, () -> {
            DocumentReadingView finished;
            int[] pages = new int[2];
            try {
                ImportedRoadmap read = read(content, (done, of) -> {
                    pages[0] = done;
                    pages[1] = of;
                    jobs.save(id, owner, READING, new DocumentReadingView(id, fileName, READING, done, of, null, null),
                            false);
                });
                finished = new DocumentReadingView(id, fileName, "READ", pages[0], pages[1], read, null);
            } catch (UnreadableDocumentException unreadable) {
                finished = new DocumentReadingView(id, fileName, "FAILED", 0, 0, null, unreadable.getMessage());
            } catch (Throwable failed) { // a file that breaks the reader must still end its reading
                log.error("Reading {} failed with {}", id, failed.getClass().getName(), failed);
                finished = new DocumentReadingView(id, fileName, "FAILED", 0, 0, null,
                        "Документ не удалось прочитать: проверьте, что это DOCX, PDF с текстом или текст");
            }
            jobs.save(id, owner, READING, finished, true);
        });
        return started;
    }

    public Optional<DocumentReadingView> reading(String id, String owner) {
        return jobs.find(id, owner, READING, DocumentReadingView.class).map(found -> found.abandoned()
                ? new DocumentReadingView(id, found.view().fileName(), "FAILED", 0, 0, null, ABANDONED)
                : found.view());
    }

    private void submit(ExecutorService worker, String jobId, Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException full) {
            jobs.delete(jobId);
            throw RuleViolationException.busy("imports-busy", BUSY);
        }
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
        List<Target> targets = documents.stream().map(document -> target(caller, document.schoolId())).toList();
        String id = UUID.randomUUID().toString();
        String owner = caller.requireOrganisation();
        List<BatchItem> items = documents.stream()
                .map(document -> new BatchItem(document.fileName(), document.schoolId())).toList();
        ImportBatchView started = view(id, items, false);
        jobs.save(id, owner, BATCH, started, false);
        submit(batchWorker, id, () -> {
            for (int i = 0; i < documents.size(); i++) {
                BatchItem item = items.get(i);
                try {
                    importOne(id, i, documents.get(i), targets.get(i), item,
                            () -> jobs.save(id, owner, BATCH, view(id, items, false), false));
                } catch (Throwable failed) { // the batch goes on to the next document whatever broke this one
                    log.error("Batch {}: document {} failed with {}", id, i + 1, failed.getClass().getName(), failed);
                    item.fail("Документ не удалось сохранить; повторите его импорт");
                }
                jobs.save(id, owner, BATCH, view(id, items, false), false);
            }
            jobs.save(id, owner, BATCH, view(id, items, true), true);
        });
        return started;
    }

    public Optional<ImportBatchView> batch(String id, String owner) {
        return jobs.find(id, owner, BATCH, ImportBatchView.class).map(found -> found.abandoned()
                ? new ImportBatchView(id, found.view().documents(), found.view().documents(), true,
                        found.view().items().stream().map(item -> item.roadmapId() != null || item.problem() != null
                                ? item : new ImportBatchView.Item(item.fileName(), item.schoolId(), "FAILED", 0, 0,
                                null, 0, 0, item.notes(), ABANDONED)).toList())
                : found.view());
    }

    private static ImportBatchView view(String id, List<BatchItem> items, boolean finished) {
        int done = (int) items.stream().filter(item -> item.status.equals("SAVED") || item.status.equals("FAILED")).count();
        return new ImportBatchView(id, items.size(), done, finished, items.stream().map(BatchItem::view).toList());
    }

    private void importOne(String batchId, int index, BatchDocument document, Target target, BatchItem item,
                           Runnable progressed) {
        item.status = "READING";
        progressed.run();
        try {
            ImportedRoadmap read = read(document.content(), (done, of) -> {
                item.pagesRead = done;
                item.pages = of;
                progressed.run();
            });
            // saved without a person to pick the year: the batch's own note on the period replaces the reader's
            read.warnings().stream().filter(warning -> !warning.equals(RoadmapDocumentReader.NO_PERIOD))
                    .forEach(item.notes::add);
            ImportRoadmapRequest request = asDraft(read, document.fileName(), draftPeriod(read, target, item.notes));
            List<String> invalid = validator.validate(request).stream().map(DocumentImports::explain).sorted().toList();
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
        } catch (UnreadableDocumentException | RuleViolationException refused) {
            item.fail(refused.getMessage());
        } catch (CommandExecutionException refused) {
            item.fail(refused.getCause() instanceof RuleViolationException rule ? rule.getMessage()
                    : "Документ не удалось сохранить; повторите его импорт");
        }
    }

    /** «actions[11].deadline: не длиннее 300 символов» as «мероприятие 12, срок: не длиннее 300 символов». */
    private static String explain(ConstraintViolation<ImportRoadmapRequest> violation) {
        Matcher action = ACTION_FIELD.matcher(violation.getPropertyPath().toString());
        if (action.matches()) {
            return "мероприятие " + (Integer.parseInt(action.group(1)) + 1) + ", "
                    + FIELD_NAMES.getOrDefault(action.group(2), action.group(2)) + ": " + violation.getMessage();
        }
        String field = violation.getPropertyPath().toString();
        return FIELD_NAMES.getOrDefault(field, field) + ": " + violation.getMessage();
    }

    /** What was read, as the person would save it without changing anything. */
    private ImportRoadmapRequest asDraft(ImportedRoadmap read, String fileName, String period) {
        List<ImportRoadmapRequest.Action> actions = new ArrayList<>();
        for (ImportedRoadmap.Section section : read.sections()) {
            for (ImportedRoadmap.Action action : section.actions()) {
                if (!action.title().isBlank()) {
                    actions.add(new ImportRoadmapRequest.Action(section.name(), action.number(), action.title(),
                            action.deadline(), action.responsible(), action.result()));
                }
            }
        }
        String title = read.title().isBlank() ? fileName.replaceFirst("\\.[^.]+$", "") : read.title();
        return new ImportRoadmapRequest(title, period, actions, null);
    }

    private ImportedRoadmap read(byte[] content, DocumentExtraction.Progress progress) {
        return withDeadlineWarnings(reader.read(DocumentExtraction.rows(content, progress)));
    }

    /** Each deadline read as the roadmap will read it, so that the reading warns about the ones it cannot place. */
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
        return RoadmapDocumentReader.schoolYearOf(LocalDate.now(clock));
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetFinishedJobs() {
        jobs.forgetFinished();
    }

    @PreDestroy
    void stop() {
        readingWorker.shutdownNow();
        batchWorker.shutdownNow();
    }

    /** One document of a running batch; only the batch's own thread changes it. */
    private static final class BatchItem {
        private final String fileName;
        private final String schoolId;
        private final List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile String status = "WAITING";
        private volatile int pagesRead;
        private volatile int pages;
        private volatile String roadmapId;
        private volatile int actions;
        private volatile int warnings;
        private volatile String problem;

        private BatchItem(String fileName, String schoolId) {
            this.fileName = fileName;
            this.schoolId = schoolId;
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
