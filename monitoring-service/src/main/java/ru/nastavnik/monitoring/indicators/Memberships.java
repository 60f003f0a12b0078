package ru.nastavnik.monitoring.indicators;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which schools make up a municipality or a region on a date. A school that moved counts for the municipality it
 * belonged to on the date asked, so the past of the previous municipality keeps it.
 */
@Repository
class Memberships {

    private static final String ON_DATE = """
            SELECT DISTINCT ON (school_id) school_id, municipality_id, region_id FROM school_membership_fact
            WHERE effective_from <= :d ORDER BY school_id, effective_from DESC""";

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Membership> ofSchool(String schoolId, LocalDate day) {
        return jdbc.sql("""
                        SELECT school_id, municipality_id, region_id FROM school_membership_fact
                        WHERE school_id = :s AND effective_from <= :d ORDER BY effective_from DESC LIMIT 1""")
                .param("s", schoolId).param("d", Date.valueOf(day))
                .query((rs, row) -> new Membership(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    List<Membership> all(LocalDate day) {
        return jdbc.sql(ON_DATE).param("d", Date.valueOf(day))
                .query((rs, row) -> new Membership(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Membership> ofMunicipality(String municipalityId, LocalDate day) {
        return jdbc.sql("SELECT * FROM (" + ON_DATE + ") m WHERE municipality_id = :u ORDER BY school_id")
                .param("d", Date.valueOf(day)).param("u", municipalityId)
                .query((rs, row) -> new Membership(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Membership> ofRegion(String regionId, LocalDate day) {
        return jdbc.sql("SELECT * FROM (" + ON_DATE + ") m WHERE region_id = :u ORDER BY school_id")
                .param("d", Date.valueOf(day)).param("u", regionId)
                .query((rs, row) -> new Membership(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    boolean schoolKnown(String schoolId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM school_membership_fact WHERE school_id = ?)")
                .param(schoolId).query(Boolean.class).single();
    }

    /** True when the municipality ever had a school here (in the given region, when one is given). */
    boolean municipalityKnown(String municipalityId, String inRegion) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM school_membership_fact WHERE municipality_id = :m
                          AND (CAST(:r AS VARCHAR) IS NULL OR region_id = :r))""")
                .param("m", municipalityId).param("r", inRegion).query(Boolean.class).single();
    }

    boolean regionKnown(String regionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM school_membership_fact WHERE region_id = ?)")
                .param(regionId).query(Boolean.class).single();
    }
}
