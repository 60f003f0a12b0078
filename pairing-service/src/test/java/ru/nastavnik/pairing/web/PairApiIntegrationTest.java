package ru.nastavnik.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

class PairApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String curator = TestTokens.curator("school-1", "mun-1");

    private Api api() {
        return Api.onPort(port);
    }

    private String propose(String mentor, String mentee) {
        Api.Response response = api().post("/api/pairing/pairs", curator,
                Map.of("mentorId", mentor, "menteeId", mentee, "form", "STUDENT_STUDENT"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    @Test
    void aProposedPairIsReadableAndPublishedWithoutPersonalData() {
        String pairId = propose("m-1", "e-1");

        assertThat(api().get("/api/pairing/pairs/" + pairId, curator).json().get("status").asText()).isEqualTo("PROPOSED");
        ConsumerRecord<String, CloudEvent> record = KafkaTestClient.readUntil(Topics.PAIRING_EVENTS,
                        Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> pairId.equals(r.key())))
                .stream().filter(r -> pairId.equals(r.key())).findFirst().orElseThrow();
        assertThat(record.value().getType()).isEqualTo("pairing.PairProposed.v1");
        String data = new String(record.value().getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(data).contains("\"form\":\"student-student\"").contains("\"mentorId\":\"m-1\"");
    }

    @Test
    void badInputIsExplainedAndNothingIsWritten() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        Api.Response sameperson = api().post("/api/pairing/pairs", curator,
                Map.of("mentorId", "m-2", "menteeId", "m-2", "form", "STUDENT_STUDENT"));
        Api.Response unknownForm = api().post("/api/pairing/pairs", curator,
                Map.of("mentorId", "m-2", "menteeId", "e-2", "form", "FRIENDS"));

        assertThat(sameperson.status()).isEqualTo(422);
        assertThat(sameperson.json().get("detail").asText()).isEqualTo("Наставник и наставляемый должны быть разными людьми");
        assertThat(unknownForm.status()).isEqualTo(400);
        assertThat(unknownForm.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }

    @Test
    void everyEndpointKeepsTenantsApart() {
        String pairId = propose("m-3", "e-3");
        String path = "/api/pairing/pairs/" + pairId;
        String otherSchool = TestTokens.curator("school-2", "mun-1");
        String officer = TestTokens.officer("mun-1");
        String analyst = TestTokens.analyst("reg-1");

        assertThat(api().get(path, otherSchool).status()).isEqualTo(404);
        assertThat(api().get("/api/pairing/pairs", otherSchool).json()).noneMatch(p -> p.get("id").asText().equals(pairId));
        assertThat(api().get(path, officer).status()).isEqualTo(403);
        assertThat(api().get("/api/pairing/pairs", officer).status()).isEqualTo(403);
        assertThat(api().post("/api/pairing/pairs", officer,
                Map.of("mentorId", "m-9", "menteeId", "e-9", "form", "STUDENT_STUDENT")).status()).isEqualTo(403);
        assertThat(api().get(path, analyst).status()).isEqualTo(403);
        assertThat(api().get(path, null).status()).isEqualTo(401);
        assertThat(api().get(path, TestTokens.head("school-1", "mun-1")).status()).isEqualTo(200);
    }
}
