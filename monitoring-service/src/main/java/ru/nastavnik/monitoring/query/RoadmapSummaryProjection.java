package ru.nastavnik.monitoring.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.monitoring.api.RoadmapSummaryReport;
import ru.nastavnik.monitoring.api.SchoolRoadmapSummary;

@Component
class RoadmapSummaryProjection {

    static final String FORMULA = "Число дорожных карт организации по статусам (черновик, на согласовании, на "
            + "доработке, согласована, исполняется, закрыта) по событиям сервиса дорожных карт; мероприятий — сумма "
            + "по её картам; пар — число предложенных пар.";

    static final String ON_TIME_FORMULA = "Доля сроков, выполненных в срок = выполнено не позднее даты срока / "
            + "(выполнено в срок + выполнено с опозданием + просрочено); отменённые и ещё не наступившие сроки не "
            + "учитываются. Источник: события исполнения утверждённых дорожных карт.";

    private final JdbcClient jdbc;

    RoadmapSummaryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    RoadmapSummaryReport handle(FindRoadmapSummaryQuery query) {
        Map<String, String> names = new TreeMap<>();
        jdbc.sql("""
                        SELECT school_id, name FROM school_fact WHERE municipality_id = :m
                        UNION SELECT DISTINCT school_id, NULL FROM roadmap_fact WHERE municipality_id = :m
                          AND school_id NOT IN (SELECT school_id FROM school_fact)
                        UNION SELECT DISTINCT school_id, NULL FROM pair_fact WHERE municipality_id = :m
                          AND school_id NOT IN (SELECT school_id FROM school_fact)
                        UNION SELECT DISTINCT school_id, NULL FROM occurrence_fact WHERE municipality_id = :m
                          AND school_id NOT IN (SELECT school_id FROM school_fact)""")
                .param("m", query.municipalityId())
                .query((rs, row) -> names.put(rs.getString("school_id"),
                        rs.getString("name") == null ? rs.getString("school_id") : rs.getString("name")))
                .list();

        Map<String, Map<String, Integer>> statuses = new LinkedHashMap<>();
        Map<String, Integer> actions = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT school_id, status, count(*) AS roadmaps, sum(action_count) AS actions
                        FROM roadmap_fact WHERE municipality_id = ? GROUP BY school_id, status""")
                .param(query.municipalityId())
                .query((rs, row) -> {
                    statuses.computeIfAbsent(rs.getString("school_id"), id -> new TreeMap<>())
                            .put(rs.getString("status"), rs.getInt("roadmaps"));
                    actions.merge(rs.getString("school_id"), rs.getInt("actions"), Integer::sum);
                    return null;
                }).list();
        Map<String, Integer> pairs = new LinkedHashMap<>();
        jdbc.sql("SELECT school_id, count(*) AS pairs FROM pair_fact WHERE municipality_id = ? GROUP BY school_id")
                .param(query.municipalityId())
                .query((rs, row) -> pairs.put(rs.getString("school_id"), rs.getInt("pairs"))).list();

        Map<String, Map<String, Integer>> dueDates = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT school_id, state, count(*) AS n FROM occurrence_fact
                        WHERE municipality_id = ? AND state <> 'CANCELLED' GROUP BY school_id, state""")
                .param(query.municipalityId())
                .query((rs, row) -> dueDates.computeIfAbsent(rs.getString("school_id"), id -> new TreeMap<>())
                        .put(rs.getString("state"), rs.getInt("n"))).list();

        Map<String, Integer> totals = new TreeMap<>();
        Map<String, Integer> districtDue = new TreeMap<>();
        List<SchoolRoadmapSummary> schools = names.entrySet().stream().map(school -> {
            Map<String, Integer> byStatus = statuses.getOrDefault(school.getKey(), Map.of());
            byStatus.forEach((status, count) -> totals.merge(status, count, Integer::sum));
            Map<String, Integer> due = dueDates.getOrDefault(school.getKey(), Map.of());
            due.forEach((state, count) -> districtDue.merge(state, count, Integer::sum));
            return new SchoolRoadmapSummary(school.getKey(), school.getValue(), byStatus,
                    byStatus.values().stream().mapToInt(Integer::intValue).sum(),
                    actions.getOrDefault(school.getKey(), 0), pairs.getOrDefault(school.getKey(), 0), due,
                    onTimeShare(due));
        }).toList();
        return new RoadmapSummaryReport(query.municipalityId(), schools, totals, onTimeShare(districtDue), FORMULA,
                ON_TIME_FORMULA);
    }

    private static Double onTimeShare(Map<String, Integer> due) {
        int counted = due.values().stream().mapToInt(Integer::intValue).sum();
        return counted == 0 ? null : due.getOrDefault("DONE", 0) / (double) counted;
    }
}
