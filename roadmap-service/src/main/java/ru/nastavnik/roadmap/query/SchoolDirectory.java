package ru.nastavnik.roadmap.query;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The schools of each municipality, as the registry announced them: who a department may import documents for. */
@Component
public class SchoolDirectory {

    /** A school of the directory. */
    public record School(String schoolId, String municipalityId, String name) {
    }

    private final JdbcTemplate jdbc;

    SchoolDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void register(String schoolId, String municipalityId, String name) {
        jdbc.update("""
                INSERT INTO school_directory (school_id, municipality_id, name) VALUES (?, ?, ?)
                ON CONFLICT (school_id) DO UPDATE SET municipality_id = EXCLUDED.municipality_id, name = EXCLUDED.name
                """, schoolId, municipalityId, name);
    }

    public Optional<School> find(String schoolId) {
        return jdbc.query("SELECT school_id, municipality_id, name FROM school_directory WHERE school_id = ?",
                (row, n) -> new School(row.getString(1), row.getString(2), row.getString(3)), schoolId).stream().findFirst();
    }

    public List<School> ofMunicipality(String municipalityId) {
        return jdbc.query("SELECT school_id, municipality_id, name FROM school_directory WHERE municipality_id = ? ORDER BY name",
                (row, n) -> new School(row.getString(1), row.getString(2), row.getString(3)), municipalityId);
    }
}
