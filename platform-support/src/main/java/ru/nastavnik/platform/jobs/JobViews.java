package ru.nastavnik.platform.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where background jobs (an import, a document being read) keep what their pages show, as JSON in the service's
 * own table, so that any instance of the service answers for a job another one runs. A job that stopped moving
 * (its instance went down) is found as abandoned; finished jobs are deleted after an hour. The table has the
 * columns id, owner, kind, view (jsonb), updated_at, finished_at. Views must hold no personal data.
 */
public class JobViews {

    static final Duration KEPT = Duration.ofHours(1);
    /** A job not updated for this long lost the instance that ran it. */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final String table;

    public JobViews(JdbcClient jdbc, ObjectMapper json, Clock clock, String table) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.table = table;
    }

    public void save(String id, String owner, String kind, Object view, boolean finished) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO %s (id, owner, kind, view, updated_at, finished_at)
                        VALUES (:id, :owner, :kind, CAST(:view AS jsonb), :now, :finished)
                        ON CONFLICT (id) DO UPDATE SET view = EXCLUDED.view, updated_at = EXCLUDED.updated_at,
                          finished_at = EXCLUDED.finished_at""".formatted(table))
                .param("id", id).param("owner", owner).param("kind", kind).param("view", write(view))
                .param("now", Timestamp.from(now)).param("finished", finished ? Timestamp.from(now) : null)
                .update();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM " + table + " WHERE id = ?").param(id).update();
    }

    /** The job's view if the owner asks; {@code abandoned} true when it stopped moving before it finished. */
    public <T> Optional<Found<T>> find(String id, String owner, String kind, Class<T> type) {
        Instant abandonedBefore = clock.instant().minus(ABANDONED);
        return jdbc.sql("SELECT view, updated_at, finished_at FROM " + table + " WHERE id = ? AND owner = ? AND kind = ?")
                .params(id, owner, kind)
                .query((rs, row) -> new Found<>(read(rs.getString("view"), type), rs.getTimestamp("finished_at") == null
                        && rs.getTimestamp("updated_at").toInstant().isBefore(abandonedBefore)))
                .optional();
    }

    public record Found<T>(T view, boolean abandoned) {
    }

    /** Called on a schedule by the service that owns the table. */
    public void forgetFinished() {
        jdbc.sql("DELETE FROM " + table + " WHERE finished_at < ? OR updated_at < ?")
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
