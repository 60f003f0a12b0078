package ru.nastavnik.registry.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.api.PartnerView;
import ru.nastavnik.registry.command.PartnerAgreementSigned;
import ru.nastavnik.registry.command.PartnerKind;
import ru.nastavnik.registry.command.PartnerRegistered;

/** Partners and their agreements as the API reads them, in the command's transaction. */
@Component
@ProcessingGroup("partner-projection")
class PartnerProjection {

    private final JdbcClient jdbc;
    private final Clock clock;

    PartnerProjection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(PartnerRegistered event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO partner_view (id, school_id, municipality_id, name, kind, inn, contacts, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.partnerId(), event.schoolId(), event.municipalityId(), event.name(), event.kind().name(),
                        event.inn(), event.contacts(), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(PartnerAgreementSigned event) {
        jdbc.sql("""
                        INSERT INTO partner_agreement_view (id, partner_id, number, signed_on, valid_until, subject)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(event.agreementId(), event.partnerId(), event.number(), Date.valueOf(event.signedOn()),
                        event.validUntil() == null ? null : Date.valueOf(event.validUntil()), event.subject())
                .update();
    }

    @QueryHandler
    Optional<PartnerView> handle(FindPartnerQuery query) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(query.partnerId()).query(this::partner).optional();
    }

    @QueryHandler
    List<PartnerView> handle(FindPartnersQuery query) {
        String where = query.schoolId() != null ? " WHERE p.school_id = ?" : " WHERE p.municipality_id = ?";
        return jdbc.sql(SELECT + where + " ORDER BY p.name")
                .param(query.schoolId() != null ? query.schoolId() : query.municipalityId())
                .query(this::partner).list();
    }

    private static final String SELECT = """
            SELECT p.*, (SELECT count(*) FROM participant_view m
                         WHERE m.partner_id = p.id AND m.role = 'MENTOR' AND m.status = 'ACTIVE') AS mentors
            FROM partner_view p""";

    private PartnerView partner(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        LocalDate today = LocalDate.now(clock);
        List<PartnerView.Agreement> agreements = jdbc.sql(
                        "SELECT * FROM partner_agreement_view WHERE partner_id = ? ORDER BY signed_on DESC")
                .param(id)
                .query((agreement, n) -> {
                    LocalDate signedOn = agreement.getDate("signed_on").toLocalDate();
                    Date until = agreement.getDate("valid_until");
                    LocalDate validUntil = until == null ? null : until.toLocalDate();
                    return new PartnerView.Agreement(agreement.getString("id"), agreement.getString("number"),
                            signedOn, validUntil, agreement.getString("subject"),
                            !signedOn.isAfter(today) && (validUntil == null || !validUntil.isBefore(today)));
                })
                .list();
        PartnerKind kind = PartnerKind.valueOf(rs.getString("kind"));
        return new PartnerView(id, rs.getString("school_id"), rs.getString("municipality_id"), rs.getString("name"), kind.name(), kind.title(),
                rs.getString("inn"), rs.getString("contacts"), agreements, rs.getInt("mentors"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
