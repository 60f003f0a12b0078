package ru.nastavnik.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.registry.privacy.PersonalDataVault;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * 152-ФЗ in practice: consent first, and a withdrawn consent leaves no trace of the person anywhere — tables,
 * event store, Kafka, logs — while the school's counts stay as they were.
 */
@ExtendWith(OutputCaptureExtension.class)
class ParticipantErasureIntegrationTest extends ServiceIntegrationTest {

    private static final String NAME = "Кузнецова Василиса Андреевна";
    private static final String BIRTH = "2014-03-15";
    private static final String PHONE = "+7 900 765-43-21";
    private static final String GUARDIAN = "Кузнецов Андрей Павлович";
    private static final String NOTE = "Хочет готовиться к олимпиаде по биологии";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataVault vault;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private final String curator = TestTokens.curator("school-e", "mun-e");
    private final String officer = TestTokens.officer("mun-e");

    private Api api() {
        return Api.onPort(port);
    }

    private static Map<String, Object> pupil(String name, String birth, Map<String, Object> consent) {
        return Map.of("role", "MENTEE", "category", "PUPIL", "fullName", name, "birthDate", birth,
                "contacts", PHONE, "grade", 6, "consent", consent);
    }

    private Map<String, Object> guardianConsent() {
        return Map.of("signedBy", "GUARDIAN", "signerName", GUARDIAN, "signedOn", today.toString(),
                "scopes", List.of("PROCESSING"));
    }

    private JsonNode schoolCounts(String token) {
        JsonNode counts = api().get("/api/registry/participants/counts", token).json();
        for (JsonNode school : counts.get("schools")) {
            if (school.get("schoolId").asText().equals("school-e")) {
                return school;
            }
        }
        throw new AssertionError("school-e is not in " + counts);
    }

    /** Every table of the service, each row as text, bytea included as hex. */
    private long rowsMentioning(String text) {
        String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
        long found = 0;
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", String.class)) {
            found += jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\" t WHERE t::text ILIKE ? OR t::text ILIKE ?",
                    Long.class, "%" + text + "%", "%" + hex + "%");
        }
        return found;
    }

    @Test
    void consentComesFirstAndItsWithdrawalErasesThePersonEverywhereButTheCounts(CapturedOutput output) {
        assertThat(api().post("/api/registry/schools", officer, Map.of("schoolId", "school-e",
                "name", "МБОУ СОШ № 5", "kind", "GENERAL")).status()).isEqualTo(201);

        long keysBefore = jdbc.queryForObject("SELECT count(*) FROM person_key", Long.class);
        Api.Response refused = api().post("/api/registry/participants", curator, pupil(NAME, BIRTH,
                Map.of("signedBy", "GUARDIAN", "signerName", GUARDIAN, "signedOn", today.toString(),
                        "scopes", List.of("PUBLICATION"))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("Без согласия на обработку");
        assertThat(rowsMentioning(NAME)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_key", Long.class))
                .as("a refused enrolment leaves no key behind").isEqualTo(keysBefore);

        Api.Response enrolled = api().post("/api/registry/participants", curator, pupil(NAME, BIRTH, guardianConsent()));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        String id = enrolled.json().get("id").asText();
        assertThat(api().put("/api/registry/participants/" + id + "/requests", curator,
                Map.of("requests", List.of("OLYMPIAD"), "note", NOTE)).status()).isEqualTo(200);

        JsonNode card = api().get("/api/registry/participants/" + id, curator).json();
        assertThat(card.get("fullName").asText()).isEqualTo(NAME);
        assertThat(card.get("ageBand").asText()).isEqualTo("10-14");
        assertThat(card.at("/consent/signerName").asText()).isEqualTo(GUARDIAN);
        assertThat(card.at("/requests/0/title").asText()).isEqualTo("Подготовка к олимпиадам и конкурсам");
        // the event store holds the person only sealed, even before withdrawal
        List<byte[]> payloads = jdbc.queryForList(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?", byte[].class, id);
        assertThat(payloads).hasSize(2).allSatisfy(payload -> assertThat(new String(payload, StandardCharsets.UTF_8))
                .doesNotContain(NAME).doesNotContain(BIRTH).doesNotContain(PHONE).doesNotContain(GUARDIAN)
                .doesNotContain(NOTE).contains("v1:"));
        String sealedName = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json #>> '{personalData,fullName}' "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, id);
        assertThat(vault.open(id, sealedName)).contains(NAME);

        assertThat(rowsMentioning(NAME)).as("the scan finds the person while consent stands").isPositive();
        JsonNode before = schoolCounts(officer);
        assertThat(before.get("mentees").asInt()).isEqualTo(1);
        assertThat(before.at("/menteesByAgeBand/10-14").asInt()).isEqualTo(1);

        assertThat(api().post("/api/registry/participants/" + id + "/consent-withdrawal", curator,
                Map.of("withdrawnOn", today.toString())).status()).isEqualTo(204);

        for (String personal : List.of(NAME, BIRTH, PHONE, GUARDIAN, NOTE)) {
            assertThat(rowsMentioning(personal)).as(personal).isZero();
        }
        assertThat(vault.holdsKeyOf(id)).isFalse();
        assertThat(vault.open(id, sealedName)).isEmpty();
        JsonNode erased = api().get("/api/registry/participants/" + id, curator).json();
        assertThat(erased.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(erased.hasNonNull("fullName")).isFalse();
        assertThat(erased.hasNonNull("birthDate")).isFalse();
        assertThat(erased.get("category").asText()).isEqualTo("PUPIL");

        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readRawUntil(Topics.REGISTRY_EVENTS,
                Duration.ofSeconds(30), record -> id.equals(record.key())
                        && new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                        .contains("ParticipantConsentWithdrawn"));
        List<ConsumerRecord<String, byte[]>> mine = records.stream().filter(r -> id.equals(r.key())).toList();
        // enrolment, the requests' codes, withdrawal: never the person's words
        assertThat(mine).extracting(record -> new String(record.headers().lastHeader("ce_type").value(),
                        StandardCharsets.UTF_8))
                .containsExactly("registry.ParticipantEnrolled.v1", "registry.MenteeRequestsRecorded.v1",
                        "registry.ParticipantConsentWithdrawn.v1");
        assertThat(mine).hasSize(3).allSatisfy(record -> {
            StringBuilder everything = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
            for (Header header : record.headers()) {
                everything.append(new String(header.value(), StandardCharsets.UTF_8));
            }
            for (String personal : List.of(NAME, BIRTH, PHONE, GUARDIAN, NOTE)) {
                assertThat(everything.toString()).doesNotContain(personal);
            }
        });
        for (String personal : List.of(NAME, BIRTH, PHONE, GUARDIAN, NOTE)) {
            assertThat(output.getAll()).doesNotContain(personal);
        }

        JsonNode after = schoolCounts(officer);
        assertThat(after.get("mentees").asInt()).isEqualTo(before.get("mentees").asInt());
        assertThat(after.get("menteesByAgeBand")).isEqualTo(before.get("menteesByAgeBand"));
        Api.Response again = api().post("/api/registry/participants/" + id + "/consent-withdrawal", curator,
                Map.of("withdrawnOn", today.toString()));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aMentorsOwnWordsGoWithTheirConsentWhileTheScoresStay() {
        String answer = "Хочу помочь молодым коллегам с олимпиадной подготовкой по физике";
        Map<String, Object> teacher = Map.of("role", "MENTOR", "category", "TEACHER",
                "fullName", "Громова Лидия Павловна", "birthDate", "1975-09-09", "experienceYears", 25,
                "consent", Map.of("signedBy", "PERSON", "signedOn", today.toString(), "scopes", List.of("PROCESSING")));
        String id = api().post("/api/registry/participants", curator, teacher).json().get("id").asText();
        Api.Response answered = api().put("/api/registry/participants/" + id + "/questionnaire", curator,
                Map.of("answers", Map.of("motivation", answer, "readiness", "5")));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().at("/mentor/answers/0/question").asText()).isEqualTo("Почему вы хотите стать наставником?");
        assertThat(answered.json().at("/mentor/answers/0/text").asText()).isEqualTo(answer);
        assertThat(answered.json().at("/mentor/answers/1/score").asInt()).isEqualTo(5);
        Api.Response notANumber = api().put("/api/registry/participants/" + id + "/questionnaire", curator,
                Map.of("answers", Map.of("readiness", "очень")));
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(new String(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = 1", byte[].class, id), StandardCharsets.UTF_8)).doesNotContain(answer);

        assertThat(api().post("/api/registry/participants/" + id + "/consent-withdrawal", curator,
                Map.of("withdrawnOn", today.toString())).status()).isEqualTo(204);
        assertThat(rowsMentioning(answer)).isZero();
        assertThat(jdbc.queryForObject("SELECT score FROM mentor_answer_view WHERE participant_id = ? "
                + "AND question_code = 'readiness'", Integer.class, id)).isEqualTo(5);
    }

    @Test
    void theSamePersonIsNotEnteredTwice() {
        Map<String, Object> teacher = Map.of("role", "MENTOR", "category", "TEACHER",
                "fullName", "Орлова Нина Ивановна", "birthDate", "1980-05-05", "experienceYears", 20,
                "consent", Map.of("signedBy", "PERSON", "signedOn", today.toString(), "scopes", List.of("PROCESSING")));
        assertThat(api().post("/api/registry/participants", curator, teacher).status()).isEqualTo(201);
        Map<String, Object> sameSpelledOtherwise = new java.util.HashMap<>(teacher);
        sameSpelledOtherwise.put("fullName", "  орлова  нина ивановна ");
        Api.Response duplicate = api().post("/api/registry/participants", curator, sameSpelledOtherwise);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText()).contains("уже есть в базе");
        assertThat(api().post("/api/registry/participants", TestTokens.curator("school-e2", "mun-e"), teacher).status())
                .as("another school keeps its own base").isEqualTo(201);
    }
}
