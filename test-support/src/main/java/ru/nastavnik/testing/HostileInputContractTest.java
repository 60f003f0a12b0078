package ru.nastavnik.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The hostile-input probe of a service, generated from its own OpenAPI document: every JSON write endpoint, each
 * case answered 400 problem+json that names the problem, and no table of the service changed by any of them.
 * A service's test extends this and says whose token to send (one that may reach its endpoints).
 */
public abstract class HostileInputContractTest extends ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    private DataSource dataSource;

    /** A token the service accepts; the body is refused before any role is checked. */
    protected abstract String token();

    /** At least this many JSON write operations must be found, or the probe is looking at the wrong document. */
    protected abstract int expectedOperationsAtLeast();

    /** Tables that Kafka consumers fill by themselves while the probe runs; their counts may move. */
    protected java.util.Set<String> tablesFedByKafka() {
        return java.util.Set.of();
    }

    @Test
    void everyJsonWriteEndpointRefusesHostileBodiesAndWritesNothing() throws Exception {
        Api api = Api.onPort(port);
        HostileInput probe = HostileInput.of(api.get("/v3/api-docs", null).json());
        List<HostileInput.Case> cases = probe.cases();
        assertThat(probe.operations()).isGreaterThanOrEqualTo(expectedOperationsAtLeast());
        Map<String, Long> before = rowCounts();

        SoftAssertions softly = new SoftAssertions();
        for (HostileInput.Case hostile : cases) {
            Api.Response answer = api.exchange(HttpMethod.valueOf(hostile.method()), hostile.path(), token(),
                    hostile.body(), Map.of());
            softly.assertThat(answer.status()).as(hostile + " → " + answer).isEqualTo(400);
            softly.assertThat(answer.contentType()).as(hostile.toString()).startsWith("application/problem+json");
            softly.assertThat(answer.json() == null ? "" : answer.json().path("detail").asText())
                    .as(hostile + " → " + answer).contains(hostile.expectedDetail());
        }
        softly.assertThat(rowCounts()).as("rows of every table after %d hostile requests", cases.size())
                .isEqualTo(before);
        System.out.printf("Hostile-input probe: %d cases on %d JSON write endpoints%n", cases.size(),
                probe.operations());
        softly.assertAll();
    }

    /**
     * The query that counts a table's rows for the comparison; a service whose scheduled work writes by itself
     * (pairing's stall sweep) leaves those rows out here.
     */
    protected String countOf(String table) {
        return "SELECT count(*) FROM " + table;
    }

    /** Rows per table, bookkeeping of consumers and processors left out: they move by themselves. */
    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("""
                    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
                      AND table_type = 'BASE TABLE' AND table_name NOT IN ('token_entry', 'processed_event',
                      'flyway_schema_history', 'dead_letter_entry') ORDER BY table_name""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.removeAll(tablesFedByKafka());
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery(countOf(table))) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
