package ru.nastavnik.pairing.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.api.PairView;
import ru.nastavnik.pairing.command.PairProposed;

@Component
@ProcessingGroup("pair-projection")
class PairProjection {

    private final JdbcClient jdbc;

    PairProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PairProposed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO pair_view (id, school_id, municipality_id, mentor_id, mentee_id, form, status, proposed_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED', ?)""")
                .params(event.pairId(), event.schoolId(), event.municipalityId(), event.mentorId(), event.menteeId(),
                        event.form().name(), Timestamp.from(at))
                .update();
    }

    @QueryHandler
    Optional<PairView> handle(FindPairQuery query) {
        return jdbc.sql("SELECT * FROM pair_view WHERE id = ?").param(query.pairId())
                .query(PairProjection::view).optional();
    }

    @QueryHandler
    List<PairView> handle(FindSchoolPairsQuery query) {
        return jdbc.sql("SELECT * FROM pair_view WHERE school_id = ? ORDER BY proposed_at DESC")
                .param(query.schoolId()).query(PairProjection::view).list();
    }

    private static PairView view(ResultSet rs, int row) throws SQLException {
        return new PairView(rs.getString("id"), rs.getString("school_id"), rs.getString("mentor_id"),
                rs.getString("mentee_id"), rs.getString("form"), rs.getString("status"),
                rs.getTimestamp("proposed_at").toInstant());
    }
}
