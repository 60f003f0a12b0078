package ru.nastavnik.registry.query;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.api.SchoolView;
import ru.nastavnik.registry.command.HeadcountReported;
import ru.nastavnik.registry.command.SchoolMoved;
import ru.nastavnik.registry.command.SchoolRegistered;

/** Schools and their headcounts as the API reads them; commits with the command (subscribing). */
@Component
@ProcessingGroup("school-projection")
class SchoolProjection {

    private final JdbcClient jdbc;

    SchoolProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SchoolRegistered event) {
        jdbc.sql("INSERT INTO school_view (id, municipality_id, region_id, name, kind) VALUES (?, ?, ?, ?, ?)")
                .params(event.schoolId(), event.municipalityId(), event.regionId(), event.name(), event.kind().name())
                .update();
    }

    /** The school's municipality now; monitoring keeps the dated history from the integration event. */
    @EventHandler
    void on(SchoolMoved event) {
        jdbc.sql("UPDATE school_view SET municipality_id = ?, region_id = ? WHERE id = ?")
                .params(event.municipalityId(), event.regionId(), event.schoolId()).update();
    }

    @EventHandler
    void on(HeadcountReported event) {
        jdbc.sql("""
                        INSERT INTO headcount_view (school_id, quarter, pupils_10_14, pupils_15_18, teachers_0_3,
                          teachers_over_3, pupils_by_grade)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (school_id, quarter) DO UPDATE SET pupils_10_14 = excluded.pupils_10_14,
                          pupils_15_18 = excluded.pupils_15_18, teachers_0_3 = excluded.teachers_0_3,
                          teachers_over_3 = excluded.teachers_over_3, pupils_by_grade = excluded.pupils_by_grade""")
                .params(event.schoolId(), event.quarter(), event.pupilsAged10To14(), event.pupilsAged15To18(),
                        event.teachersWithUpTo3Years(), event.teachersWithOver3Years(),
                        event.pupilsByGrade().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                                .collect(java.util.stream.Collectors.joining(",")))
                .update();
    }

    @QueryHandler
    Optional<SchoolView> handle(FindSchoolQuery query) {
        return jdbc.sql("SELECT id, municipality_id, region_id, name, kind FROM school_view WHERE id = ?")
                .param(query.schoolId())
                .query((rs, row) -> new SchoolView(rs.getString("id"), rs.getString("municipality_id"),
                        rs.getString("region_id"), rs.getString("name"), rs.getString("kind"),
                        headcounts(rs.getString("id"))))
                .optional();
    }

    @QueryHandler
    List<SchoolView> handle(FindSchoolsQuery query) {
        String filter = query.municipalityId() != null ? "municipality_id = ?" : "region_id = ?";
        return jdbc.sql("SELECT id, municipality_id, region_id, name, kind FROM school_view WHERE " + filter
                        + " ORDER BY name")
                .param(query.municipalityId() != null ? query.municipalityId() : query.regionId())
                .query((rs, row) -> new SchoolView(rs.getString("id"), rs.getString("municipality_id"),
                        rs.getString("region_id"), rs.getString("name"), rs.getString("kind"),
                        headcounts(rs.getString("id"))))
                .list();
    }

    private List<SchoolView.Headcount> headcounts(String schoolId) {
        return jdbc.sql("SELECT * FROM headcount_view WHERE school_id = ? ORDER BY quarter DESC")
                .param(schoolId)
                .query((rs, row) -> new SchoolView.Headcount(rs.getString("quarter"), rs.getInt("pupils_10_14"),
                        rs.getInt("pupils_15_18"), rs.getInt("teachers_0_3"), rs.getInt("teachers_over_3"),
                        grades(rs.getString("pupils_by_grade"))))
                .list();
    }

    /** «5:60,6:58» as stored, back to grade → pupils in grade order. */
    private static java.util.Map<Integer, Integer> grades(String stored) {
        java.util.Map<Integer, Integer> grades = new java.util.TreeMap<>();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(",")) {
                String[] parts = pair.split(":");
                grades.put(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        }
        return grades;
    }
}
