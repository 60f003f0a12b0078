package ru.nastavnik.registry.enrolment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import ru.nastavnik.platform.jobs.JobViews;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.registry.api.ImportJobView;

/**
 * Imports of a base run in the background, one file at a time, so a page can show how far a long one got. The
 * rows are entered one by one with the same checks as the form: a refused row is reported, the others go on.
 * Progress is kept an hour in the service's database ({@link JobViews}), where any instance finds it; what was
 * entered is durable as soon as it is.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final String IMPORT = "IMPORT";
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("«[^»]*»");

    private final Enrolments enrolments;
    private final JobViews views;
    // the caller's identity goes along, so the history of each entry names who imported it
    private final ExecutorService worker = new DelegatingSecurityContextExecutorService(
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("base-import").factory()));

    ImportJobs(Enrolments enrolments, JobViews views) {
        this.enrolments = enrolments;
        this.views = views;
    }

    /** Starts entering the rows that read cleanly; answers the job's id at once. */
    public String start(String fileName, List<BaseSheet.Line> lines, String schoolId, String municipalityId) {
        Job job = new Job(UUID.randomUUID().toString(), fileName, schoolId, lines.size());
        views.save(job.id, schoolId, IMPORT, job.view(), false);
        worker.submit(() -> run(job, lines, municipalityId));
        return job.id;
    }

    private void run(Job job, List<BaseSheet.Line> lines, String municipalityId) {
        try {
            for (BaseSheet.Line line : lines) {
                if (!line.errors().isEmpty()) {
                    job.outcome(line.line(), "ERROR", String.join("; ", line.errors()));
                } else {
                    try {
                        enrolments.enrol(line.person(), job.schoolId, municipalityId);
                        job.created.incrementAndGet();
                    } catch (RuleViolationException refused) {
                        job.outcome(line.line(), "participant-exists".equals(refused.code()) ? "DUPLICATE" : "ERROR",
                                refused.getMessage());
                    } catch (RuntimeException failed) {
                        // no personal data in the log: the row's number and the error's kind only
                        log.error("Import {}: line {} failed with {}", job.id, line.line(), failed.getClass().getName());
                        job.outcome(line.line(), "ERROR", "Строку не удалось сохранить; повторите импорт позже");
                    }
                }
                job.done.incrementAndGet();
                views.save(job.id, job.schoolId, IMPORT, job.view(), false);
            }
        } finally {
            job.finished = true;
            views.save(job.id, job.schoolId, IMPORT, job.view(), true);
        }
    }

    /** An import whose instance went down before it finished is shown as finished where it stopped. */
    public Optional<ImportJobView> find(String jobId, String schoolId) {
        return views.find(jobId, schoolId, IMPORT, ImportJobView.class).map(found -> found.abandoned()
                ? new ImportJobView(found.view().id(), found.view().fileName(), found.view().total(), found.view().done(),
                        found.view().created(), found.view().duplicates(), found.view().failed(), true,
                        found.view().outcomes())
                : found.view());
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetFinished() {
        views.forgetFinished();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Job {
        private final String id;
        private final String fileName;
        private final String schoolId;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger created = new AtomicInteger();
        private final List<ImportJobView.Outcome> outcomes = new CopyOnWriteArrayList<>();
        private volatile boolean finished;

        private Job(String id, String fileName, String schoolId, int total) {
            this.id = id;
            this.fileName = fileName;
            this.schoolId = schoolId;
            this.total = total;
        }

        /** The reason without the values it quotes: a mistyped birth date is still a person's, and the view is kept. */
        private void outcome(int line, String status, String problem) {
            outcomes.add(new ImportJobView.Outcome(line, status, QUOTED.matcher(problem).replaceAll("«…»")));
        }

        private ImportJobView view() {
            int duplicates = (int) outcomes.stream().filter(o -> o.status().equals("DUPLICATE")).count();
            return new ImportJobView(id, fileName, total, done.get(), created.get(), duplicates,
                    outcomes.size() - duplicates, finished, List.copyOf(outcomes));
        }
    }
}
