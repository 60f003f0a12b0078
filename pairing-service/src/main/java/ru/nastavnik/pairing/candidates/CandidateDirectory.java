package ru.nastavnik.pairing.candidates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.domain.BrokenRule;

/** Who pairing may pair: the school's mentors and mentees as the registry announced them. */
@Component
public class CandidateDirectory {

    private final JdbcClient jdbc;

    CandidateDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Candidate> find(String participantId) {
        return jdbc.sql("SELECT * FROM candidate WHERE participant_id = ?").param(participantId)
                .query(CandidateDirectory::candidate).optional();
    }

    /** The school's people of this role whose consent stands. */
    public List<Candidate> ofSchool(String schoolId, String role) {
        return jdbc.sql("SELECT * FROM candidate WHERE school_id = ? AND role = ? AND NOT withdrawn ORDER BY participant_id")
                .params(schoolId, role).query(CandidateDirectory::candidate).list();
    }

    /**
     * The participant as one of the school's own, with consent standing: pairing refuses anyone its directory does
     * not know, of another school, or who withdrew.
     */
    public Candidate requireActive(String participantId, String schoolId) {
        Candidate candidate = find(participantId).filter(found -> found.schoolId().equals(schoolId))
                .orElseThrow(() -> BrokenRule.invalid("participant-unknown",
                        "Участник не найден в базах наставников и наставляемых вашей организации"));
        if (candidate.withdrawn()) {
            throw BrokenRule.invalid("participant-withdrawn",
                    "Участник отозвал согласие на обработку данных: включить его в пару нельзя");
        }
        return candidate;
    }

    static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getString("participant_id"), rs.getString("school_id"),
                rs.getString("municipality_id"), rs.getString("role"), rs.getString("category"),
                rs.getString("age_band"), rs.getString("experience_band"), (Integer) rs.getObject("grade"),
                rs.getString("partner_id"), codes(rs.getString("competencies")), codes(rs.getString("preferred_forms")),
                rs.getInt("capacity"), rs.getString("selection"), rs.getBoolean("trained"),
                codes(rs.getString("requests")), rs.getBoolean("withdrawn"));
    }

    static Set<String> codes(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Set.copyOf(new LinkedHashSet<>(Arrays.asList(joined.split(","))));
    }
}
