package ru.nastavnik.pairing.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalAdjusted;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalConfirmed;
import ru.nastavnik.pairing.proposals.ProposalEvents.ProposalDrafted;

/** The proposals' read model, updated in the command's transaction. */
@Component
@ProcessingGroup("pairing-projection")
class ProposalViews {

    /** What the curator has done to the proposal so far, as the engine needs it. */
    record Shape(Map<String, String> pins, List<Adjustment> bans, List<String> heldOut) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ProposalViews(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProposalDrafted event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO proposal_view (id, school_id, municipality_id, form, status, version, scope,
                          adjustments, solution, created_at, updated_at)
                        VALUES (?, ?, ?, ?, 'DRAFT', ?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)""")
                .params(event.proposalId(), event.schoolId(), event.municipalityId(), event.form(),
                        version, write(Map.of("mentees", event.scope().stream().sorted().toList(),
                                "repairing", event.repairing())),
                        write(new Shape(Map.of(), event.bans(), List.of())), write(event.solution()),
                        java.sql.Timestamp.from(at), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ProposalAdjusted event, @SequenceNumber long version, @Timestamp Instant at) {
        Shape shape = shapeOf(event.proposalId());
        Map<String, String> pins = new LinkedHashMap<>(shape.pins());
        List<Adjustment> bans = new ArrayList<>(shape.bans());
        Set<String> heldOut = new LinkedHashSet<>(shape.heldOut());
        for (Adjustment adjustment : event.adjustments()) {
            switch (adjustment.kind()) {
                case PIN -> pins.put(adjustment.menteeId(), adjustment.mentorId());
                case UNPIN -> pins.remove(adjustment.menteeId());
                case BAN -> bans.add(new Adjustment(Adjustment.Kind.BAN, adjustment.menteeId(), adjustment.mentorId()));
                case UNBAN -> bans.removeIf(ban -> ban.menteeId().equals(adjustment.menteeId())
                        && ban.mentorId().equals(adjustment.mentorId()));
                case HOLD_OUT -> {
                    heldOut.add(adjustment.menteeId());
                    pins.remove(adjustment.menteeId());
                }
                case RETURN -> heldOut.remove(adjustment.menteeId());
            }
        }
        jdbc.sql("""
                        UPDATE proposal_view SET adjustments = CAST(? AS jsonb), solution = CAST(? AS jsonb),
                          previous_objective = CAST(? AS jsonb), version = ?, updated_at = ? WHERE id = ?""")
                .params(write(new Shape(pins, bans, List.copyOf(heldOut))), write(event.solution()),
                        write(event.previousObjective()), version, java.sql.Timestamp.from(at),
                        event.proposalId())
                .update();
    }

    @EventHandler
    void on(ProposalConfirmed event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.sql("UPDATE proposal_view SET status = 'CONFIRMED', version = ?, updated_at = ? WHERE id = ?")
                .params(version, java.sql.Timestamp.from(at), event.proposalId()).update();
    }

    Optional<ProposalView> find(String proposalId) {
        return jdbc.sql("SELECT * FROM proposal_view WHERE id = ?").param(proposalId).query(this::view).optional();
    }

    List<ProposalView> ofSchool(String schoolId) {
        return jdbc.sql("SELECT * FROM proposal_view WHERE school_id = ? ORDER BY created_at DESC LIMIT 20")
                .param(schoolId).query(this::view).list();
    }

    Shape shapeOf(String proposalId) {
        return jdbc.sql("SELECT adjustments FROM proposal_view WHERE id = ?").param(proposalId).query(String.class)
                .optional().map(text -> read(text, new TypeReference<Shape>() { }))
                .orElseThrow(() -> new IllegalStateException("No proposal " + proposalId));
    }

    private ProposalView view(ResultSet rs, int row) throws SQLException {
        Shape shape = read(rs.getString("adjustments"), new TypeReference<Shape>() { });
        Map<String, Object> scope = read(rs.getString("scope"), new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        List<String> mentees = (List<String>) scope.get("mentees");
        String form = rs.getString("form");
        String previous = rs.getString("previous_objective");
        return new ProposalView(rs.getString("id"), rs.getString("school_id"), form,
                form == null ? "все формы" : MentoringForm.valueOf(form).title(), rs.getString("status"),
                rs.getLong("version"), mentees, Boolean.TRUE.equals(scope.get("repairing")), shape.pins(),
                shape.bans(), shape.heldOut(), read(rs.getString("solution"), new TypeReference<Solution>() { }),
                previous == null ? null : read(previous, new TypeReference<Solution.Objective>() { }),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A proposal cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A proposal cannot be read back", e);
        }
    }
}
