package ru.nastavnik.roadmap.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the readings and batches keep what their pages show, so that any instance of the service answers for a
 * job another one runs. A job that stopped moving (its instance went down) is answered as failed; finished jobs
 * are deleted after an hour.
 */
@Component
class DocumentJobs {

    static final Duration KEPT = Duration.ofHours(1);
    /** A job not updated for this long lost the instance that ran it. */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    DocumentJobs(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void save(String id, String owner, String kind, Object view, boolean finished) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO document_import_job (id, owner, kind, view, updated_at, finished_at)
                        VALUES (:id, :owner, :kind, CAST(:view AS jsonb), :now, :finished)
                        ON CONFLICT (id) DO UPDATE SET view = EXCLUDED.view, updated_at = EXCLUDED.updated_at,
                          finished_at = EXCLUDED.finished_at""")
                .param("id", id).param("owner", owner).param("kind", kind).param("view", write(view))
                .param("now", Timestamp.from(now)).param("finished", finished ? Timestamp.from(now) : null)
                .update();
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM document_import_job WHERE id = ?").param(id).update();
    }

    /** The job's view if the owner asks; {@code abandoned} true when it stopped moving before it finished. */
    <T> Optional<Found<T>> find(String id, String owner, String kind, Class<T> type) {
        Instant abandonedBefore = clock.instant().minus(ABANDONED);
        return jdbc.sql("SELECT view, updated_at, finished_at FROM document_import_job WHERE id = ? AND owner = ? AND kind = ?")
                .params(id, owner, kind)
                .query((rs, row) -> new Found<>(read(rs.getString("view"), type), rs.getTimestamp("finished_at") == null
                        && rs.getTimestamp("updated_at").toInstant().isBefore(abandonedBefore)))
                .optional();
    }

    record Found<T>(T view, boolean abandoned) {
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetFinished() {
        jdbc.sql("DELETE FROM document_import_job WHERE finished_at < ? OR updated_at < ?")
                .params(Timestamp.from(clock.instant().minus(KEPT)), Timestamp.from(clock.instant().minus(KEPT.multipliedBy(24))))
                .update();
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's view cannot be written as JSON", e);
        }
    }

    private <T> T read(String view, Class<T> type) {
        try {
            return json.readValue(view, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's view cannot be read back", e);
        }
    }
}
