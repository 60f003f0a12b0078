package ru.nastavnik.monitoring.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.web.RuleViolationException;

/**
 * The rebuilds' rows. A run that stopped reporting (its instance went down) is found abandoned and counts as
 * failed: its tables are half-built, so reads stay refused until a rebuild finishes.
 */
@Repository
class RebuildRuns {

    /** A running rebuild reports several times a second; silence this long means its instance is gone. */
    static final Duration ABANDONED = Duration.ofMinutes(2);
    static final String ABANDONED_MESSAGE = "Перестройка прервалась: сервис мониторинга был остановлен";

    private final JdbcClient jdbc;
    private final Clock clock;

    RebuildRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts a run; a second one while one runs is answered 409. */
    @Transactional
    UUID begin(String requestedByRole) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE rebuild_run SET state = 'FAILED', failure = :failure, finished_at = :now, updated_at = :now
                        WHERE state = 'RUNNING' AND updated_at < :abandoned""")
                .param("failure", ABANDONED_MESSAGE).param("now", Timestamp.from(now))
                .param("abandoned", Timestamp.from(now.minus(ABANDONED))).update();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO rebuild_run (id, state, requested_by_role, started_at, updated_at)
                            VALUES (?, 'RUNNING', ?, ?, ?)""")
                    .params(id, requestedByRole, Timestamp.from(now), Timestamp.from(now)).update();
        } catch (DuplicateKeyException running) {
            throw RuleViolationException.conflict("rebuild-running",
                    "Перестройка показателей уже идёт: дождитесь её окончания");
        }
        return id;
    }

    void readingStarted(UUID id, long total) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE rebuild_run SET events_total = ?, reading_started_at = ?, updated_at = ? WHERE id = ?")
                .params(total, Timestamp.from(now), Timestamp.from(now), id).update();
    }

    /** Also the run's heartbeat. */
    void progress(UUID id, long read, long skipped) {
        jdbc.sql("UPDATE rebuild_run SET events_read = ?, events_skipped = ?, updated_at = ? WHERE id = ?")
                .params(read, skipped, Timestamp.from(clock.instant()), id).update();
    }

    void readingFinished(UUID id, long read, long skipped) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE rebuild_run SET events_read = ?, events_skipped = ?, reading_finished_at = ?,
                          updated_at = ? WHERE id = ?""")
                .params(read, skipped, Timestamp.from(now), Timestamp.from(now), id).update();
    }

    void finished(UUID id) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE rebuild_run SET state = 'FINISHED', finished_at = ?, updated_at = ? WHERE id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), id).update();
    }

    void failed(UUID id, long read, long skipped, String failure) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE rebuild_run SET state = 'FAILED', events_read = ?, events_skipped = ?, failure = ?,
                          finished_at = ?, updated_at = ? WHERE id = ?""")
                .params(read, skipped, failure, Timestamp.from(now), Timestamp.from(now), id).update();
    }

    Optional<RebuildView> find(UUID id) {
        return jdbc.sql("SELECT * FROM rebuild_run WHERE id = ?").param(id).query(this::view).optional();
    }

    List<RebuildView> recent(int limit) {
        return jdbc.sql("SELECT * FROM rebuild_run ORDER BY started_at DESC LIMIT ?").param(limit).query(this::view)
                .list();
    }

    /** The latest run, if there ever was one: what the read guard looks at. */
    Optional<RebuildView> latest() {
        return recent(1).stream().findFirst();
    }

    private RebuildView view(ResultSet rs, int row) throws SQLException {
        Instant now = clock.instant();
        String state = rs.getString("state");
        String failure = rs.getString("failure");
        Instant updated = instant(rs, "updated_at");
        if (RebuildView.RUNNING.equals(state) && updated.isBefore(now.minus(ABANDONED))) {
            state = RebuildView.FAILED;
            failure = ABANDONED_MESSAGE;
        }
        long read = rs.getLong("events_read");
        long totalValue = rs.getLong("events_total");
        Long total = rs.wasNull() ? null : totalValue;
        int percent = RebuildView.FINISHED.equals(state) ? 100
                : total == null ? 0 : total == 0 ? 100 : (int) Math.min(100, read * 100 / total);
        Instant readingStarted = instant(rs, "reading_started_at");
        Instant readingFinished = instant(rs, "reading_finished_at");
        Double rate = null;
        if (readingStarted != null) {
            double seconds = Duration.between(readingStarted, readingFinished == null ? now : readingFinished)
                    .toNanos() / 1e9;
            rate = seconds <= 0 ? null : Math.round(read / seconds * 10) / 10.0;
        }
        return new RebuildView(rs.getObject("id", UUID.class), state, read, total, rs.getLong("events_skipped"),
                percent, rate, instant(rs, "started_at"), readingStarted, readingFinished,
                instant(rs, "finished_at"), failure);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
