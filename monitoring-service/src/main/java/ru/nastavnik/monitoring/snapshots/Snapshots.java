package ru.nastavnik.monitoring.snapshots;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The snapshots' read model, written in the command's own transaction (a subscribing projection), and what the
 * API and the feed ask of it.
 */
@Component
@ProcessingGroup(Snapshots.PROCESSING_GROUP)
public class Snapshots {

    static final String PROCESSING_GROUP = "snapshots-projection";
    private static final TypeReference<List<SnapshotFigure>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<List<FigureChange>> CHANGES = new TypeReference<>() {
    };

    /** A unit's quarter as it stands: its latest version and whether (and which version) it was approved. */
    public record Snapshot(String snapshotId, SnapshotLevel level, String unitId, String municipalityId,
                           String regionId, String quarter, int version, Integer approvedVersion,
                           LocalDate approvedOn, String approvedByRole) {

        public boolean approved() {
            return approvedVersion != null;
        }
    }

    /** One version of a snapshot. {@code changes}: for a restatement, what changed against the previous version. */
    public record Version(int version, String kind, LocalDate recordedOn, List<SnapshotFigure> figures,
                          List<FigureChange> changes) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Snapshots(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(QuarterFrozen event) {
        jdbc.sql("""
                        INSERT INTO quarter_snapshot (snapshot_id, level, unit_id, municipality_id, region_id, quarter,
                          version) VALUES (?, 'SCHOOL', ?, ?, ?, ?, 1)""")
                .params(event.snapshotId(), event.schoolId(), event.municipalityId(), event.regionId(),
                        event.quarter())
                .update();
        version(event.snapshotId(), 1, "FROZEN", event.frozenOn(), event.figures(), null);
    }

    @EventHandler
    void on(QuarterApproved event) {
        if (event.level() == SnapshotLevel.SCHOOL) {
            jdbc.sql("""
                            UPDATE quarter_snapshot SET approved_version = ?, approved_on = ?, approved_by_role = ?
                            WHERE snapshot_id = ?""")
                    .params(event.version(), Date.valueOf(event.approvedOn()), event.approverRole(),
                            event.snapshotId())
                    .update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO quarter_snapshot (snapshot_id, level, unit_id, municipality_id, region_id, quarter,
                          version, approved_version, approved_on, approved_by_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.snapshotId(), event.level().name(), event.unitId(), event.municipalityId(),
                        event.regionId(), event.quarter(), event.version(), event.version(),
                        Date.valueOf(event.approvedOn()), event.approverRole())
                .update();
        version(event.snapshotId(), event.version(), "APPROVED", event.approvedOn(), event.figures(), null);
    }

    @EventHandler
    void on(QuarterRestated event) {
        jdbc.sql("UPDATE quarter_snapshot SET version = ? WHERE snapshot_id = ?")
                .params(event.version(), event.snapshotId()).update();
        version(event.snapshotId(), event.version(), "RESTATED", event.restatedOn(), event.figures(),
                event.changes());
    }

    private void version(String snapshotId, int version, String kind, LocalDate on, List<SnapshotFigure> figures,
                         List<FigureChange> changes) {
        jdbc.sql("""
                        INSERT INTO quarter_snapshot_version (snapshot_id, version, kind, recorded_on, figures, changes)
                        VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""")
                .params(snapshotId, version, kind, Date.valueOf(on), write(figures),
                        changes == null ? null : write(changes))
                .update();
    }

    public Optional<Snapshot> find(SnapshotLevel level, String unitId, Quarter quarter) {
        return jdbc.sql("SELECT * FROM quarter_snapshot WHERE snapshot_id = ?")
                .param(level.snapshotId(unitId, quarter)).query(Snapshots::snapshot).optional();
    }

    /** The quarter's snapshots of a level, optionally only of one municipality or one region. */
    public List<Snapshot> of(Quarter quarter, SnapshotLevel level, String municipalityId, String regionId) {
        return jdbc.sql("""
                        SELECT * FROM quarter_snapshot WHERE quarter = :q AND level = :l
                          AND (CAST(:m AS VARCHAR) IS NULL OR municipality_id = :m)
                          AND (CAST(:r AS VARCHAR) IS NULL OR region_id = :r)
                        ORDER BY unit_id""")
                .param("q", quarter.toString()).param("l", level.name()).param("m", municipalityId)
                .param("r", regionId).query(Snapshots::snapshot).list();
    }

    /** Every snapshot of a level, of every quarter: what the restatement check goes through. */
    List<Snapshot> all(SnapshotLevel level) {
        return jdbc.sql("SELECT * FROM quarter_snapshot WHERE level = ? ORDER BY quarter, unit_id")
                .param(level.name()).query(Snapshots::snapshot).list();
    }

    public List<Version> versions(String snapshotId) {
        return jdbc.sql("SELECT * FROM quarter_snapshot_version WHERE snapshot_id = ? ORDER BY version")
                .param(snapshotId).query(this::version).list();
    }

    public Version version(String snapshotId, int version) {
        return jdbc.sql("SELECT * FROM quarter_snapshot_version WHERE snapshot_id = ? AND version = ?")
                .params(snapshotId, version).query(this::version).single();
    }

    private Version version(ResultSet rs, int row) throws SQLException {
        String changes = rs.getString("changes");
        return new Version(rs.getInt("version"), rs.getString("kind"), rs.getDate("recorded_on").toLocalDate(),
                read(rs.getString("figures"), FIGURES), changes == null ? null : read(changes, CHANGES));
    }

    private static Snapshot snapshot(ResultSet rs, int row) throws SQLException {
        Date approvedOn = rs.getDate("approved_on");
        return new Snapshot(rs.getString("snapshot_id"), SnapshotLevel.valueOf(rs.getString("level")),
                rs.getString("unit_id"), rs.getString("municipality_id"), rs.getString("region_id"),
                rs.getString("quarter"), rs.getInt("version"), (Integer) rs.getObject("approved_version"),
                approvedOn == null ? null : approvedOn.toLocalDate(), rs.getString("approved_by_role"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot figures cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored snapshot figures cannot be read", e);
        }
    }
}
