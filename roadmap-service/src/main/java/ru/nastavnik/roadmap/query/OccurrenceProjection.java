package ru.nastavnik.roadmap.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.api.AttentionReport;
import ru.nastavnik.roadmap.api.Occurrence;
import ru.nastavnik.roadmap.command.OccurrenceCancelled;
import ru.nastavnik.roadmap.command.OccurrenceCompleted;
import ru.nastavnik.roadmap.command.OccurrenceOverdue;
import ru.nastavnik.roadmap.command.OccurrenceScheduled;
import ru.nastavnik.roadmap.command.RoadmapAdopted;

/** The execution board: every due date of an adopted roadmap and its state. Same transaction as the command. */
@Component
@ProcessingGroup("roadmap-projection")
class OccurrenceProjection {

    static final int DUE_SOON_DAYS = 14;

    private final JdbcClient jdbc;

    OccurrenceProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedule is fixed at adoption: one occurrence per due date of every action. */
    @EventHandler
    void on(RoadmapAdopted event) {
        jdbc.sql("""
                        INSERT INTO roadmap_occurrence_view (roadmap_id, action_id, due_date, school_id, municipality_id,
                          action_number, action_title, status)
                        SELECT a.roadmap_id, a.id, CAST(d AS DATE), r.school_id, r.municipality_id, a.number, a.title, 'PENDING'
                        FROM roadmap_action_view a JOIN roadmap_view r ON r.id = a.roadmap_id,
                             unnest(string_to_array(NULLIF(a.due_dates, ''), ',')) AS d
                        WHERE a.roadmap_id = ?
                        ON CONFLICT DO NOTHING""")
                .param(event.roadmapId()).update();
    }

    /** A relative deadline got its date when its anchor was done. */
    @EventHandler
    void on(OccurrenceScheduled event) {
        jdbc.sql("""
                        INSERT INTO roadmap_occurrence_view (roadmap_id, action_id, due_date, school_id, municipality_id,
                          action_number, action_title, status)
                        SELECT a.roadmap_id, a.id, ?, r.school_id, r.municipality_id, a.number, a.title, 'PENDING'
                        FROM roadmap_action_view a JOIN roadmap_view r ON r.id = a.roadmap_id
                        WHERE a.id = ?
                        ON CONFLICT DO NOTHING""")
                .params(Date.valueOf(event.dueDate()), event.actionId()).update();
    }

    @EventHandler
    void on(OccurrenceCompleted event) {
        jdbc.sql("""
                        UPDATE roadmap_occurrence_view SET status = ?, evidence_kind = ?, evidence_number = ?,
                          evidence_date = ?, evidence_link = ? WHERE action_id = ? AND due_date = ?""")
                .params(event.onTime() ? "DONE" : "DONE_LATE", event.evidenceKind(), event.evidenceNumber(),
                        Date.valueOf(event.evidenceDate()), event.evidenceLink(), event.actionId(),
                        Date.valueOf(event.dueDate()))
                .update();
    }

    @EventHandler
    void on(OccurrenceCancelled event) {
        jdbc.sql("UPDATE roadmap_occurrence_view SET status = 'CANCELLED', cancel_reason = ? WHERE action_id = ? AND due_date = ?")
                .params(event.reason(), event.actionId(), Date.valueOf(event.dueDate())).update();
    }

    @EventHandler
    void on(OccurrenceOverdue event) {
        jdbc.sql("UPDATE roadmap_occurrence_view SET status = 'OVERDUE' WHERE action_id = ? AND due_date = ? AND status = 'PENDING'")
                .params(event.actionId(), Date.valueOf(event.dueDate())).update();
    }

    List<Occurrence> ofRoadmap(String roadmapId) {
        return jdbc.sql("SELECT * FROM roadmap_occurrence_view WHERE roadmap_id = ? ORDER BY due_date, action_number")
                .param(roadmapId).query(OccurrenceProjection::occurrence).list();
    }

    /** Pending occurrences whose date has passed: the sweep turns them overdue. */
    List<Occurrence> pendingBefore(LocalDate today) {
        return jdbc.sql("SELECT * FROM roadmap_occurrence_view WHERE status = 'PENDING' AND due_date < ? ORDER BY due_date")
                .param(Date.valueOf(today)).query(OccurrenceProjection::occurrence).list();
    }

    @QueryHandler
    AttentionReport handle(FindAttentionQuery query) {
        String tenant = query.schoolId() != null ? "school_id = ?" : "municipality_id = ?";
        String tenantId = query.schoolId() != null ? query.schoolId() : query.municipalityId();
        List<Occurrence> overdue = jdbc.sql("SELECT * FROM roadmap_occurrence_view WHERE " + tenant
                        + " AND status = 'OVERDUE' ORDER BY due_date, school_id, action_number")
                .param(tenantId).query(OccurrenceProjection::occurrence).list();
        List<Occurrence> dueSoon = jdbc.sql("SELECT * FROM roadmap_occurrence_view WHERE " + tenant
                        + " AND status = 'PENDING' AND due_date BETWEEN ? AND ? ORDER BY due_date, school_id, action_number")
                .params(tenantId, Date.valueOf(query.today()), Date.valueOf(query.today().plusDays(DUE_SOON_DAYS)))
                .query(OccurrenceProjection::occurrence).list();
        return new AttentionReport(query.today(), overdue, dueSoon);
    }

    private static Occurrence occurrence(ResultSet rs, int row) throws SQLException {
        Date evidenceDate = rs.getDate("evidence_date");
        return new Occurrence(rs.getString("roadmap_id"), rs.getString("school_id"), rs.getString("action_id"),
                rs.getString("action_number"), rs.getString("action_title"), rs.getDate("due_date").toLocalDate(),
                rs.getString("status"), rs.getString("evidence_kind"), rs.getString("evidence_number"),
                evidenceDate == null ? null : evidenceDate.toLocalDate(), rs.getString("evidence_link"),
                rs.getString("cancel_reason"));
    }
}
