package ru.nastavnik.roadmap.query;

import java.sql.Date;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.api.ExecutionReport;

/** Builds the execution report from the occurrence and action tables. */
@Component
class ExecutionReportProjection {

    static final String FORMULA = "Доля выполненных в срок = число сроков периода, выполненных не позднее даты срока "
            + "÷ (все сроки периода − отменённые)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final RoadmapRows roadmaps;

    ExecutionReportProjection(JdbcClient jdbc, RoadmapRows roadmaps) {
        this.jdbc = jdbc;
        this.roadmaps = roadmaps;
    }

    @QueryHandler
    Optional<ExecutionReport> handle(FindExecutionReportQuery query) {
        return roadmaps.findById(query.roadmapId()).map(roadmap -> {
            Map<String, List<ExecutionReport.Line>> sections = new LinkedHashMap<>();
            Map<String, Integer> totals = new TreeMap<>();
            jdbc.sql("""
                            SELECT a.section, a.number, a.title, a.deadline, o.due_date, o.status, o.evidence_kind,
                                   o.evidence_number, o.evidence_date, o.cancel_reason
                            FROM roadmap_occurrence_view o JOIN roadmap_action_view a ON a.id = o.action_id
                            WHERE o.roadmap_id = ? AND o.due_date BETWEEN ? AND ?
                            ORDER BY a.position, o.due_date""")
                    .params(query.roadmapId(), Date.valueOf(query.from()), Date.valueOf(query.to()))
                    .query((rs, row) -> {
                        String state = rs.getString("status");
                        totals.merge(state, 1, Integer::sum);
                        sections.computeIfAbsent(rs.getString("section"), name -> new ArrayList<>())
                                .add(new ExecutionReport.Line(rs.getString("number"), rs.getString("title"),
                                        rs.getString("deadline"), rs.getDate("due_date").toLocalDate(), state,
                                        evidence(rs.getString("evidence_kind"), rs.getString("evidence_number"),
                                                rs.getDate("evidence_date"), rs.getString("cancel_reason"))));
                        return null;
                    }).list();
            int all = totals.values().stream().mapToInt(Integer::intValue).sum();
            int counted = all - totals.getOrDefault("CANCELLED", 0);
            Double share = counted == 0 ? null : totals.getOrDefault("DONE", 0) / (double) counted;
            return new ExecutionReport(roadmap.toSummary(), query.from(), query.to(), query.today(),
                    sections.entrySet().stream().map(e -> new ExecutionReport.Section(e.getKey(), e.getValue())).toList(),
                    totals, share, FORMULA);
        });
    }

    private static String evidence(String kind, String number, Date date, String cancelReason) {
        if (cancelReason != null) {
            return "Отменено: " + cancelReason;
        }
        if (kind == null) {
            return "";
        }
        return kind + (number == null || number.isBlank() ? "" : " № " + number)
                + (date == null ? "" : " от " + date.toLocalDate().format(DATE));
    }
}
