package ru.nastavnik.pairing.programme;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The programmes' read model and what other capabilities ask of it: a school's settings and its chosen forms. */
@Component
@ProcessingGroup("pairing-projection")
public class Programmes {

    /** The forms a school chose for a school year, and when. */
    public record YearChoice(String schoolId, String schoolYear, List<String> forms, LocalDate chosenOn) {

        /** The methodology's two weeks from choosing the model to pairs fixed by order. */
        public LocalDate pairsDue() {
            return chosenOn.plusDays(14);
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Programmes(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(FormsChosen event) {
        jdbc.sql("""
                        INSERT INTO programme_year (school_id, school_year, municipality_id, forms, chosen_on)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id, school_year) DO UPDATE
                          SET forms = EXCLUDED.forms, chosen_on = EXCLUDED.chosen_on""")
                .params(event.schoolId(), event.schoolYear(), event.municipalityId(),
                        String.join(",", event.forms().stream().map(Enum::name).toList()),
                        java.sql.Date.valueOf(event.chosenOn()))
                .update();
    }

    @EventHandler
    void on(ProgrammeConfigured event) throws JsonProcessingException {
        jdbc.sql("""
                        INSERT INTO programme_settings (school_id, municipality_id, settings)
                        VALUES (?, ?, CAST(? AS jsonb)) ON CONFLICT (school_id) DO UPDATE SET settings = EXCLUDED.settings""")
                .params(event.schoolId(), event.municipalityId(), json.writeValueAsString(event.settings()))
                .update();
    }

    /** The school's settings, or the product's defaults when it set none. */
    public ProgrammeSettings settingsOf(String schoolId) {
        return jdbc.sql("SELECT settings FROM programme_settings WHERE school_id = ?").param(schoolId)
                .query(String.class).optional().map(this::read).orElseGet(ProgrammeSettings::defaults);
    }

    public Optional<YearChoice> choiceOf(String schoolId, String schoolYear) {
        return jdbc.sql("SELECT * FROM programme_year WHERE school_id = ? AND school_year = ?")
                .params(schoolId, schoolYear)
                .query((rs, row) -> new YearChoice(rs.getString("school_id"), rs.getString("school_year"),
                        Arrays.asList(rs.getString("forms").split(",")), rs.getDate("chosen_on").toLocalDate()))
                .optional();
    }

    /** Every choice of the municipality's schools for the school year. */
    public List<YearChoice> choicesOfMunicipality(String municipalityId, String schoolYear) {
        return jdbc.sql("SELECT * FROM programme_year WHERE municipality_id = ? AND school_year = ? ORDER BY school_id")
                .params(municipalityId, schoolYear)
                .query((rs, row) -> new YearChoice(rs.getString("school_id"), rs.getString("school_year"),
                        Arrays.asList(rs.getString("forms").split(",")), rs.getDate("chosen_on").toLocalDate()))
                .list();
    }

    /** The school year a date belongs to: 1 September to 31 August. */
    public static String schoolYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "/" + (start + 1);
    }

    private ProgrammeSettings read(String settings) {
        try {
            return json.readValue(settings, ProgrammeSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A programme's settings cannot be read back", e);
        }
    }
}
