package ru.nastavnik.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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

class SchoolApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String officer = TestTokens.officer("mun-1");

    private Api api() {
        return Api.onPort(port);
    }

    private void register(String schoolId) {
        Api.Response response = api().post("/api/registry/schools", officer,
                Map.of("schoolId", schoolId, "name", "МБОУ СОШ " + schoolId, "kind", "GENERAL"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private static Map<String, Integer> headcount() {
        return Map.of("pupilsAged10To14", 320, "pupilsAged15To18", 180, "teachersWithUpTo3Years", 4,
                "teachersWithOver3Years", 41);
    }

    @Test
    void officerRegistersASchoolItsCuratorReportsHeadcountsAndBothFactsReachKafka() {
        register("school-k1");
        String curator = TestTokens.curator("school-k1", "mun-1");

        Api.Response reported = api().put("/api/registry/schools/school-k1/headcounts/2026-Q4", curator, headcount());

        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
        assertThat(reported.json().at("/headcounts/0/pupilsAged15To18").asInt()).isEqualTo(180);
        assertThat(reported.json().get("municipalityId").asText()).isEqualTo("mun-1");

        List<ConsumerRecord<String, CloudEvent>> records = KafkaTestClient.readUntil(Topics.REGISTRY_EVENTS,
                Duration.ofSeconds(30), seen -> seen.stream().filter(r -> "school-k1".equals(r.key())).count() == 2);
        assertThat(records.stream().filter(r -> "school-k1".equals(r.key())).map(r -> r.value().getType()))
                .containsExactly("registry.SchoolRegistered.v1", "registry.SchoolHeadcountReported.v1");
    }

    @Test
    void aCorrectedReportReplacesTheQuarter() {
        register("school-k2");
        String curator = TestTokens.curator("school-k2", "mun-1");
        api().put("/api/registry/schools/school-k2/headcounts/2026-Q3", curator, headcount());

        Map<String, Integer> corrected = new java.util.HashMap<>(headcount());
        corrected.put("pupilsAged10To14", 300);
        Api.Response response = api().put("/api/registry/schools/school-k2/headcounts/2026-Q3", curator, corrected);

        assertThat(response.json().get("headcounts")).hasSize(1);
        assertThat(response.json().at("/headcounts/0/pupilsAged10To14").asInt()).isEqualTo(300);
    }

    @Test
    void badInputIsExplainedAndNothingIsWritten() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        Api.Response missingKind = api().post("/api/registry/schools", officer, Map.of("schoolId", "s-x", "name", "Школа"));
        assertThat(missingKind.status()).isEqualTo(400);
        assertThat(missingKind.json().at("/fields/kind").asText()).contains("GENERAL");

        Api.Response badCode = api().post("/api/registry/schools", officer,
                Map.of("schoolId", "Школа №1", "name", "Школа", "kind", "GENERAL"));
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.json().get("detail").asText()).startsWith("Код организации");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);

        register("school-k3");
        Api.Response again = api().post("/api/registry/schools", officer,
                Map.of("schoolId", "school-k3", "name", "Другая", "kind", "GENERAL"));
        assertThat(again.status()).isEqualTo(409);

        Api.Response negative = api().put("/api/registry/schools/school-k3/headcounts/2026-Q4",
                TestTokens.curator("school-k3", "mun-1"), Map.of("pupilsAged10To14", -5, "pupilsAged15To18", 1,
                        "teachersWithUpTo3Years", 1, "teachersWithOver3Years", 1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().at("/fields/pupilsAged10To14").asText()).isEqualTo("не меньше 0");
    }

    @Test
    void everyEndpointKeepsTenantsApart() {
        register("school-k4");
        String ownCurator = TestTokens.curator("school-k4", "mun-1");
        String otherCurator = TestTokens.curator("school-k5", "mun-1");
        String foreignOfficer = TestTokens.officer("mun-2");
        String analyst = TestTokens.analyst("reg-1");
        String path = "/api/registry/schools/school-k4";

        assertThat(api().post("/api/registry/schools", ownCurator,
                Map.of("schoolId", "school-own", "name", "Своя", "kind", "GENERAL")).status()).isEqualTo(403);
        assertThat(api().get(path, ownCurator).status()).isEqualTo(200);
        assertThat(api().get(path, otherCurator).status()).isEqualTo(404);
        assertThat(api().put(path + "/headcounts/2026-Q4", otherCurator, headcount()).status()).isEqualTo(404);
        assertThat(api().put(path + "/headcounts/2026-Q4", officer, headcount()).status()).isEqualTo(403);
        assertThat(api().get("/api/registry/schools", ownCurator).json()).hasSize(1);

        assertThat(api().get(path, officer).status()).isEqualTo(200);
        assertThat(api().get(path, foreignOfficer).status()).isEqualTo(404);
        assertThat(api().get("/api/registry/schools", foreignOfficer).json())
                .noneMatch(school -> school.get("id").asText().equals("school-k4"));

        assertThat(api().get(path, analyst).status()).isEqualTo(404);
        assertThat(api().get("/api/registry/schools", analyst).json().findValuesAsText("id")).contains("school-k4");
        assertThat(api().get("/api/registry/schools", TestTokens.analyst("reg-2")).json().findValuesAsText("id"))
                .doesNotContain("school-k4");
        assertThat(api().get("/api/registry/schools", TestTokens.mentor("school-k4", "mun-1", null)).json())
                .hasSize(1);
        assertThat(api().get("/api/registry/schools", null).status()).isEqualTo(401);
        assertThat(api().get(path, TestTokens.admin()).status()).isEqualTo(200);
    }

    @Test
    void theRegionMovesASchoolAndTheDatedMoveReachesKafka() {
        register("school-m1");
        String analyst = TestTokens.analyst("reg-1");
        Api.Response moved = api().post("/api/registry/schools/school-m1/move", analyst,
                Map.of("municipalityId", "mun-2", "movedOn", "2026-01-15"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("municipalityId").asText()).isEqualTo("mun-2");
        // the new department sees it now, the old one does not
        assertThat(api().get("/api/registry/schools/school-m1", TestTokens.officer("mun-2")).status()).isEqualTo(200);
        assertThat(api().get("/api/registry/schools/school-m1", officer).status()).isEqualTo(404);

        List<ConsumerRecord<String, CloudEvent>> records = KafkaTestClient.readUntil(Topics.REGISTRY_EVENTS,
                Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> "school-m1".equals(r.key())
                        && "registry.SchoolMoved.v1".equals(r.value().getType())));
        CloudEvent event = records.stream().filter(r -> "school-m1".equals(r.key())
                && "registry.SchoolMoved.v1".equals(r.value().getType())).findFirst().orElseThrow().value();
        String data = new String(event.getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(data).contains("\"previousMunicipalityId\":\"mun-1\"").contains("\"movedOn\":\"2026-01-15\"")
                .contains("\"municipalityId\":\"mun-2\"");
    }

    @Test
    void onlyTheSchoolsRegionMovesItAndBadMovesAreExplained() {
        register("school-m2");
        String path = "/api/registry/schools/school-m2/move";
        Map<String, String> body = Map.of("municipalityId", "mun-2", "movedOn", "2026-01-15");
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(api().post(path, officer, body).status()).isEqualTo(403);
        assertThat(api().post(path, TestTokens.curator("school-m2", "mun-1"), body).status()).isEqualTo(403);
        assertThat(api().post(path, TestTokens.admin(), body).status()).isEqualTo(403);
        assertThat(api().post(path, null, body).status()).isEqualTo(401);
        assertThat(api().post(path, TestTokens.analyst("reg-2"), body).status()).isEqualTo(404);
        assertThat(api().post("/api/registry/schools/no-such-school/move", TestTokens.analyst("reg-1"), body).status())
                .isEqualTo(404);

        String analyst = TestTokens.analyst("reg-1");
        Api.Response noDate = api().post(path, analyst, Map.of("municipalityId", "mun-2"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.contentType()).startsWith("application/problem+json");
        assertThat(noDate.json().at("/fields/movedOn").asText()).isEqualTo("укажите дату перехода");
        Api.Response future = api().post(path, analyst, Map.of("municipalityId", "mun-2", "movedOn", "2199-01-01"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.contentType()).startsWith("application/problem+json");
        Api.Response same = api().post(path, analyst, Map.of("municipalityId", "mun-1", "movedOn", "2026-01-15"));
        assertThat(same.status()).isEqualTo(409);
        Api.Response badCode = api().post(path, analyst, Map.of("municipalityId", "mun 2", "movedOn", "2026-01-15"));
        assertThat(badCode.status()).isEqualTo(422);
        Api.Response badDate = api().post(path, analyst, Map.of("municipalityId", "mun-2", "movedOn", "15.01.2026"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
    }
}
