package ru.nastavnik.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * A read model that refuses a write must fail the command: the client is told no, and neither the event nor the
 * row is stored. (Axon's default logs the failure and acknowledges the command.) The refusal is a real one:
 * PostgreSQL's check constraint on the partners' table.
 */
class ProjectionFailureIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String curator = TestTokens.curator("school-pf", "mun-pf");

    @AfterEach
    void dropTheConstraint() {
        jdbc.execute("ALTER TABLE partner_view DROP CONSTRAINT IF EXISTS test_refuses_name");
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    @Test
    void aProjectionThatFailsFailsTheCommandAndNothingIsStored() {
        jdbc.execute("ALTER TABLE partner_view ADD CONSTRAINT test_refuses_name CHECK (name <> 'Отказ проекции')");
        long events = storedEvents();
        long partners = jdbc.queryForObject("SELECT count(*) FROM partner_view", Long.class);

        Api.Response refused = Api.onPort(port).post("/api/registry/partners", curator,
                Map.of("name", "Отказ проекции", "kind", "OTHER"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(500);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains("Повторите");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partner_view", Long.class)).isEqualTo(partners);

        Api.Response accepted = Api.onPort(port).post("/api/registry/partners", curator,
                Map.of("name", "ООО «Принято»", "kind", "OTHER"));
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(Api.onPort(port).get("/api/registry/partners/" + accepted.json().get("id").asText(), curator)
                .status()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(events + 1);
    }
}
