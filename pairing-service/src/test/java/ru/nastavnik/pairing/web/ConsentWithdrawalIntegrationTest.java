package ru.nastavnik.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * The registry says a pupil withdrew consent: the pupil's pair ends by itself with that reason, and what was
 * written in it — the meeting notes, the plan, the pupil's comment — is unreadable for good, in every table and in
 * the event store, while the pseudonymous id and the scores stay for the counts. What the mentor wrote about the
 * pupil goes too.
 */
class ConsentWithdrawalIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

    private Api api() {
        return Api.onPort(port);
    }

    @Test
    void aWithdrawnPupilsPairEndsAndItsTextsAreGoneForGood() throws Exception {
        PairingSchool school = new PairingSchool("school-cw", "mun-cw");
        String mentor = school.pupilMentor(10, 1, List.of("OLYMPIAD"));
        String pupil = school.pupilMentee(6, "OLYMPIAD");
        school.awaitDirectory(api(), 1, 1);
        String proposal = api().post("/api/pairing/proposals", school.curator, Map.of()).json().get("id").asText();
        String pairId = api().post("/api/pairing/proposals/" + proposal + "/confirmation", school.curator, null).json()
                .get("pairIds").get(0).asText();
        assertThat(api().post("/api/pairing/orders", school.head, Map.of("number", "7", "issuedOn", today.toString(),
                "pairIds", List.of(pairId))).status()).isEqualTo(201);
        String secretNote = "Заметка о семье ученика Зеленоглазов";
        String secretGoal = "Цель: подготовить Зеленоглазова к олимпиаде";
        String secretComment = "Комментарий Зеленоглазова о встрече";
        api().put("/api/pairing/pairs/" + pairId + "/plan", school.curator, Map.of("goals", List.of(secretGoal),
                "tasks", List.of()));
        JsonNode card = api().post("/api/pairing/pairs/" + pairId + "/meetings", school.curator, Map.of(
                "kind", "INTRODUCTION", "heldOn", today.toString(), "format", "IN_PERSON", "notes", secretNote)).json();
        String meetingId = card.get("meetings").get(0).get("id").asText();
        assertThat(api().post("/api/pairing/pairs/" + pairId + "/meetings/" + meetingId + "/feedback", school.curator,
                Map.of("author", "MENTEE", "menteeId", pupil, "score", 4, "comment", secretComment)).status())
                .isEqualTo(200);
        String mentorsComment = "Наставник: Зеленоглазов стесняется отвечать у доски";
        assertThat(api().post("/api/pairing/pairs/" + pairId + "/meetings/" + meetingId + "/feedback",
                TestTokens.mentor(school.schoolId, school.municipalityId, mentor),
                Map.of("author", "MENTOR", "score", 5, "comment", mentorsComment)).status()).isEqualTo(200);
        // an id that is not in the pair is refused before anything is sealed for it
        String stranger = java.util.UUID.randomUUID().toString();
        assertThat(api().post("/api/pairing/pairs/" + pairId + "/meetings/" + meetingId + "/feedback", school.curator,
                Map.of("author", "MENTEE", "menteeId", stranger, "score", 3)).status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sealing_key WHERE owner_id = ?", Long.class,
                "person:" + stranger)).isZero();
        // a positive control: while consent stands, the texts are there to be read
        String before = api().get("/api/pairing/pairs/" + pairId, school.curator).text();
        assertThat(before).contains(secretNote).contains(secretGoal).contains(secretComment).contains(mentorsComment);

        KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new ParticipantConsentWithdrawn(pupil, school.schoolId,
                school.municipalityId));

        JsonNode ended = PairingFlowIntegrationTest.await(() -> api().get("/api/pairing/pairs/" + pairId,
                school.curator).json(), pair -> "DISSOLVED".equals(pair.get("status").asText()));
        assertThat(ended.at("/ending/reason").asText()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(ended.toString()).doesNotContain(secretNote).doesNotContain(secretGoal).doesNotContain(secretComment);
        assertThat(ended.get("meetings").get(0).get("feedback").get(0).get("score").asInt()).isEqualTo(4);
        assertThat(ended.get("mentees").get(0).get("participantId").asText()).isEqualTo(pupil);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sealing_key WHERE owner_id IN (?, ?)", Long.class,
                "pair:" + pairId, "person:" + pupil)).isZero();
        assertThat(ended.toString()).doesNotContain(mentorsComment);
        assertThat(textInAnyTable(secretNote)).isFalse();
        assertThat(textInAnyTable("Зеленоглазов")).isFalse();
        KafkaTestClient.readUntil(Topics.PAIRING_EVENTS, Duration.ofSeconds(30), records -> records.stream()
                .anyMatch(r -> r.key().equals(pairId) && r.value().getType().equals("pairing.PairDissolved.v1")
                        && new String(r.value().getData().toBytes()).contains("CONSENT_WITHDRAWN")));
        // the person cannot be paired again
        Api.Response again = api().post("/api/pairing/proposals", school.curator, Map.of("menteeIds", List.of(pupil)));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("detail").asText()).contains("отозвал согласие");
        assertThat(api().get("/api/pairing/candidates?role=MENTOR", school.curator).json().findValuesAsText("participantId"))
                .contains(mentor);
    }

    /** Every row of every table as text (bytea as hex): the person's words must be in none of them. */
    private boolean textInAnyTable(String text) {
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
                  AND table_type = 'BASE TABLE'""", String.class);
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            Long hits = jdbc.queryForObject("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?", Long.class,
                    "%" + text + "%");
            if (hits != null && hits > 0) {
                found.add(table);
            }
            Long payloadHits = table.equals("domain_event_entry") ? jdbc.queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?", Long.class,
                    "%" + text + "%") : 0L;
            if (payloadHits != null && payloadHits > 0) {
                found.add(table + " (payload)");
            }
        }
        return !found.isEmpty();
    }
}
