package ru.nastavnik.registry.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.api.PublicationView;
import ru.nastavnik.registry.command.PublicationKind;
import ru.nastavnik.registry.command.PublicationRevised;
import ru.nastavnik.registry.command.PublicationWithdrawn;
import ru.nastavnik.registry.command.Published;

/** The bank of practices and the base of programmes, searchable, in the command's transaction. */
@Component
@ProcessingGroup("publication-projection")
class PublicationProjection {

    private final JdbcClient jdbc;

    PublicationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Published event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO publication_view (id, kind, school_id, municipality_id, title, form, summary, results,
                          link, period, status, published_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)""")
                .params(event.publicationId(), event.kind().name(), event.schoolId(), event.municipalityId(),
                        event.title(), event.form(), event.summary(), event.results(), event.link(), event.period(),
                        java.sql.Timestamp.from(at), version)
                .update();
    }

    @EventHandler
    void on(PublicationRevised event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE publication_view SET title = ?, form = ?, summary = ?, results = ?, link = ?, period = ?,
                          version = ? WHERE id = ?""")
                .params(event.title(), event.form(), event.summary(), event.results(), event.link(), event.period(),
                        version, event.publicationId())
                .update();
    }

    @EventHandler
    void on(PublicationWithdrawn event, @SequenceNumber long version) {
        jdbc.sql("UPDATE publication_view SET status = 'WITHDRAWN', version = ? WHERE id = ?")
                .params(version, event.publicationId()).update();
    }

    @QueryHandler
    Optional<PublicationView> handle(FindPublicationQuery query) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", query.publicationId()).query(this::view).optional();
    }

    @QueryHandler
    List<PublicationView> handle(FindPublicationsQuery query) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE p.municipality_id = :municipality AND p.status = 'PUBLISHED'");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("municipality", query.municipalityId());
        if (query.kind() != null) {
            sql.append(" AND p.kind = :kind");
            params.put("kind", query.kind());
        }
        if (query.form() != null && !query.form().isBlank()) {
            sql.append(" AND p.form = :form");
            params.put("form", query.form());
        }
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" AND (lower(p.title) LIKE :text OR lower(p.summary) LIKE :text OR lower(p.results) LIKE :text)");
            params.put("text", "%" + query.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        sql.append(" ORDER BY p.published_at DESC");
        return jdbc.sql(sql.toString()).params(params).query(this::view).list();
    }

    private static final String SELECT = """
            SELECT p.*, s.name AS school_name FROM publication_view p LEFT JOIN school_view s ON s.id = p.school_id""";

    private PublicationView view(ResultSet rs, int row) throws SQLException {
        PublicationKind kind = PublicationKind.valueOf(rs.getString("kind"));
        String schoolId = rs.getString("school_id");
        String schoolName = schoolId == null ? "Управление образования"
                : rs.getString("school_name") == null ? schoolId : rs.getString("school_name");
        return new PublicationView(rs.getString("id"), kind.name(), kind.title(), schoolId, schoolName,
                rs.getString("municipality_id"), rs.getString("title"), rs.getString("form"), rs.getString("summary"),
                rs.getString("results"), rs.getString("link"), rs.getString("period"), rs.getString("status"),
                rs.getTimestamp("published_at").toInstant(), rs.getLong("version"));
    }
}
