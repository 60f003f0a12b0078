package ru.nastavnik.monitoring.definitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The versioned definitions. Which version counts for a municipality: the latest of its department's own versions
 * if it has any, else the latest of the region's. The region itself always computes with the region's.
 */
@Repository
public class IndicatorDefinitions {

    private static final String COLUMNS = """
            code, version, municipality_id, name, numerator::text AS numerator, denominator::text AS denominator,
            factor, unit, target, disaggregation, formula, created_at, created_by_role""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IndicatorDefinitions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The definitions in force for a municipality (null: the region's), by code in a stable order. */
    public List<IndicatorDefinition> current(String municipalityId) {
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (code, municipality_id) " + COLUMNS + """
                         FROM indicator_definition
                        WHERE municipality_id IS NULL OR municipality_id = :m
                        ORDER BY code, municipality_id, version DESC""")
                .param("m", municipalityId)
                .query(this::definition).list()
                // a municipality's own version wins over the region's
                .forEach(definition -> byCode.merge(definition.code(), definition,
                        (one, other) -> one.municipalityId() != null ? one : other));
        return orderedByFirstVersion(byCode);
    }

    public Optional<IndicatorDefinition> current(String code, String municipalityId) {
        return current(municipalityId).stream().filter(definition -> definition.code().equals(code)).findFirst();
    }

    public Optional<IndicatorDefinition> version(String code, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_definition WHERE code = ? AND version = ?")
                .params(code, version).query(this::definition).optional();
    }

    public List<IndicatorDefinition> versions(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator_definition WHERE code = ? ORDER BY version")
                .param(code).query(this::definition).list();
    }

    /**
     * Appends the next version of a code. Two editors at once: the second insert finds its version taken and
     * returns empty, so nobody's edit overwrites another's.
     */
    Optional<IndicatorDefinition> append(IndicatorDefinition draft) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM indicator_definition WHERE code = ?")
                .param(draft.code()).query(Integer.class).single();
        int inserted = jdbc.sql("""
                        INSERT INTO indicator_definition (code, version, municipality_id, name, numerator, denominator,
                          factor, unit, target, disaggregation, formula, created_by_role)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(draft.code(), next, draft.municipalityId(), draft.name(), write(draft.numerator()),
                        write(draft.denominator()), draft.factor(), draft.unit(), draft.target(),
                        draft.disaggregation(), draft.formula(), draft.createdByRole())
                .update();
        return inserted == 1 ? version(draft.code(), next) : Optional.empty();
    }

    private List<IndicatorDefinition> orderedByFirstVersion(Map<String, IndicatorDefinition> byCode) {
        List<String> order = jdbc.sql("""
                        SELECT code FROM indicator_definition GROUP BY code ORDER BY MIN(appended)""")
                .query(String.class).list();
        return order.stream().filter(byCode::containsKey).map(byCode::get).toList();
    }

    private IndicatorDefinition definition(ResultSet rs, int row) throws SQLException {
        return new IndicatorDefinition(rs.getString("code"), rs.getInt("version"), rs.getString("municipality_id"),
                rs.getString("name"), read(rs.getString("numerator")), read(rs.getString("denominator")),
                rs.getInt("factor"), rs.getString("unit"), rs.getBigDecimal("target"), rs.getString("disaggregation"),
                rs.getString("formula"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by_role"));
    }

    private Measure read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, MeasureDocument.class).toMeasure();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored indicator measure is not readable JSON", e);
        }
    }

    private String write(Measure measure) {
        if (measure == null) {
            return null;
        }
        try {
            return json.writeValueAsString(MeasureDocument.of(measure));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
