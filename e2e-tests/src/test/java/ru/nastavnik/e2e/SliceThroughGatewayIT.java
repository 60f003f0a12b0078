package ru.nastavnik.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The thin slice end to end: the real Keycloak issues the tokens, the gateway routes, the services
 * write their event stores, Kafka carries the events, monitoring counts them for the department.
 */
@ExtendWith(PlatformExtension.class)
class SliceThroughGatewayIT {

    private static JsonNode school(JsonNode summary, String schoolId) {
        for (JsonNode school : summary.get("schools")) {
            if (school.get("schoolId").asText().equals(schoolId)) {
                return school;
            }
        }
        return null;
    }

    private static JsonNode awaitSummary(String officer, Predicate<JsonNode> ready) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Http.Response response = Http.call("GET", "/api/monitoring/roadmaps/summary", officer, null);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            last = response.json();
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Monitoring never showed the expected counts; last summary: " + last);
    }

    private static int count(JsonNode summary, String schoolId, String field) {
        JsonNode school = school(summary, schoolId);
        return school == null ? 0 : school.get(field).asInt();
    }

    private static int submitted(JsonNode summary, String schoolId) {
        JsonNode school = school(summary, schoolId);
        return school == null ? 0 : school.path("roadmapsByStatus").path("SUBMITTED").asInt(0);
    }

    @Test
    void aSpreadsheetUploadedThroughTheGatewayReachesTheRegistryWhole() throws Exception {
        byte[] csv = ("ФИО;Дата рождения;Класс;ФИО родителя;Дата согласия\n"
                + "Проверкина Ольга;03.03.2013;7;Проверкин Олег;01.09.2026\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Response preview = Http.upload("/api/registry/imports/preview", Http.token("curator"), "база.csv", csv);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("ready").asInt()).isEqualTo(1);
        assertThat(preview.json().at("/rows/0/fullName").asText()).isEqualTo("Проверкина Ольга");
    }

    @Test
    void aCuratorsRoadmapReachesTheDepartmentsSummaryThroughKafka() throws Exception {
        String curator = Http.token("curator");
        String officer = Http.token("officer");
        JsonNode before = awaitSummary(officer, summary -> school(summary, "school-1") != null);

        Http.Response created = Http.call("POST", "/api/roadmaps", curator,
                Map.of("title", "Дорожная карта (E2E)", "schoolYear", "2026/2027"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String roadmapId = created.json().get("id").asText();
        Http.Response action = Http.call("POST", "/api/roadmaps/" + roadmapId + "/actions", curator, Map.of(
                "section", "1. Подготовка условий", "number", "1.1", "title", "Назначение куратора",
                "deadline", "до 15.09.2026 г.", "responsible", "Директор", "result", "Приказ"));
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        Http.Response submitted = Http.call("POST", "/api/roadmaps/" + roadmapId + "/submission", curator, null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        int submittedBefore = submitted(before, "school-1");
        JsonNode after = awaitSummary(officer, summary -> submitted(summary, "school-1") == submittedBefore + 1);
        assertThat(count(after, "school-1", "actions")).isEqualTo(count(before, "school-1", "actions") + 1);

        Http.Response curatorAsksForSummary = Http.call("GET", "/api/monitoring/roadmaps/summary", curator, null);
        assertThat(curatorAsksForSummary.status()).isEqualTo(403);
        assertThat(curatorAsksForSummary.json().get("detail").asText()).isEqualTo("Действие недоступно для вашей роли");
        assertThat(Http.call("GET", "/api/roadmaps/" + roadmapId, Http.token("curator2"), null).status()).isEqualTo(404);
        assertThat(Http.call("GET", "/api/roadmaps/" + roadmapId, officer, null).status()).isEqualTo(200);
    }

    @Test
    void registryAndPairingFactsReachMonitoringToo() throws Exception {
        String officer = Http.token("officer");
        // a municipality of its own: the demo's mun-1 keeps its three schools, whose quarters the browser tests approve
        String schoolId = "school-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String municipality = "mun-e2e-" + schoolId.substring(11);
        Http.Response registered = Http.call("POST", "/api/registry/schools", Http.token("admin"), Map.of(
                "schoolId", schoolId, "name", "МБОУ «Школа для E2E»", "kind", "GENERAL", "municipalityId", municipality));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        // the region sees the new municipality among its own in monitoring, through Kafka
        String analyst = Http.token("analyst");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        boolean seen = false;
        while (!seen && Instant.now().isBefore(deadline)) {
            Http.Response breakdown = Http.call("GET", "/api/monitoring/indicators/ACTIVE_PAIRS/breakdown?level=REGION"
                    + "&unit=reg-1", analyst, null);
            assertThat(breakdown.status()).as(breakdown.body()).isEqualTo(200);
            seen = breakdown.json().get("units").findValuesAsText("unitId").contains(municipality);
            Thread.sleep(seen ? 0 : 300);
        }
        assertThat(seen).as("the new school's municipality reached monitoring").isTrue();

        // the demo's pairs, fixed by the head's orders in pairing, reach monitoring through Kafka
        int fixed = 0;
        for (JsonNode pair : Http.call("GET", "/api/pairing/pairs", Http.token("curator"), null).json()) {
            fixed += pair.hasNonNull("fixedOn") ? 1 : 0;
        }
        assertThat(fixed).isPositive();
        int fixedPairs = fixed;
        awaitSummary(officer, summary -> count(summary, "school-1", "pairs") >= fixedPairs);
    }

    @Test
    void theGatewayRefusesMissingAndForgedTokens() throws Exception {
        Http.Response anonymous = Http.call("GET", "/api/roadmaps", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("title").asText()).isEqualTo("Требуется вход в систему");

        String token = Http.token("curator");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertThat(Http.call("GET", "/api/roadmaps", forged, null).status()).isEqualTo(401);
        assertThat(Http.call("GET", "/api/roadmaps", token, null).status()).isEqualTo(200);
    }
}
