package ru.nastavnik.monitoring.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * Definitions are versioned data: a new version never changes a figure computed under an old one asked with that
 * version; a department's own version applies to its municipality only. A fresh code per run, so the default set
 * other tests read stays as shipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefinitionVersioningIntegrationTest extends ServiceIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String CODE = "TEST_SHARE_" + RUN.toUpperCase(Locale.ROOT).replace('-', '_');
    private static final String REGION = "vreg-" + RUN;
    private static final String MUN = "vmun-" + RUN;
    private static final String SCHOOL = "vs-" + RUN;
    private static final String AS_OF = "2026-10-20";

    @LocalServerPort
    int port;

    @Autowired
    IntegrationEventPublisher publisher;

    private Api api() {
        return Api.onPort(port);
    }

    private void publish(String topic, IntegrationEvent event) {
        publisher.publish(topic, event, UUID.randomUUID().toString(), Instant.parse("2026-09-01T09:00:00Z"));
    }

    private static Map<String, Object> definition(List<String> ageBands, List<String> headcountFields, int target) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Доля обучающихся-наставляемых (проверка версий)");
        body.put("numerator", Map.of("fact", "PAIR_PARTICIPANTS", "filters",
                Map.of("pairRole", List.of("MENTEE"), "category", List.of("PUPIL"), "ageBand", ageBands)));
        body.put("denominator", Map.of("fact", "HEADCOUNT", "filters", Map.of("field", headcountFields)));
        body.put("factor", 100);
        body.put("unit", "%");
        body.put("target", target);
        body.put("formula", "Наставляемые обучающиеся ÷ обучающиеся по отчёту × 100%");
        return body;
    }

    @BeforeAll
    void history() throws Exception {
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered(SCHOOL, MUN, REGION, "Школа", "GENERAL"));
        publish(Topics.REGISTRY_EVENTS, new SchoolHeadcountReported(SCHOOL, MUN, "2026-Q3", 30, 20, 1, 5, null));
        publish(Topics.REGISTRY_EVENTS, new ParticipantEnrolled("v1-" + RUN, SCHOOL, MUN, "MENTEE", "PUPIL", "10-14",
                null, null, null));
        publish(Topics.REGISTRY_EVENTS, new ParticipantEnrolled("v2-" + RUN, SCHOOL, MUN, "MENTEE", "PUPIL", "15-18",
                null, null, null));
        publish(Topics.PAIRING_EVENTS, new PairFixed("vp-" + RUN, SCHOOL, MUN, "PUPIL_PUPIL", true, "vm-" + RUN,
                List.of("v1-" + RUN, "v2-" + RUN), LocalDate.of(2026, 9, 10)));
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            Api.Response response = api().get("/api/monitoring/indicators?level=MUNICIPALITY&unit=" + MUN + "&asOf="
                    + AS_OF, TestTokens.officer(MUN));
            if (response.status() == 200 && mentees(response.json()) == 2) {
                break;
            }
            assertThat(Instant.now()).as("facts consumed: " + response).isBefore(deadline);
            Thread.sleep(150);
        }
    }

    private static long mentees(JsonNode list) {
        for (JsonNode figure : list) {
            if (figure.get("code").asText().equals("MENTEES_PUPILS_10_18")) {
                return figure.get("numerator").asLong();
            }
        }
        return -1;
    }

    private JsonNode figure(String token, String level, String unit, String version) {
        Api.Response response = api().get("/api/monitoring/indicators/" + CODE + "?level=" + level + "&unit=" + unit
                + "&asOf=" + AS_OF + (version == null ? "" : "&version=" + version), token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aNewVersionLeavesTheOldVersionsFigureAsItWasAndADepartmentsVersionStaysInItsMunicipality() {
        String analyst = TestTokens.analyst(REGION);
        String officer = TestTokens.officer(MUN);
        Api.Response first = api().put("/api/monitoring/indicators/definitions/" + CODE, analyst,
                definition(List.of("10-14", "15-18"), List.of("PUPILS_10_14", "PUPILS_15_18"), 70));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);

        JsonNode underFirst = figure(officer, "MUNICIPALITY", MUN, null);
        assertThat(underFirst.get("numerator").asLong()).isEqualTo(2);
        assertThat(underFirst.get("denominator").asLong()).isEqualTo(50);
        assertThat(underFirst.get("value").decimalValue()).isEqualByComparingTo("4.00");

        Api.Response second = api().put("/api/monitoring/indicators/definitions/" + CODE, analyst,
                definition(List.of("15-18"), List.of("PUPILS_15_18"), 50));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);

        JsonNode current = figure(officer, "MUNICIPALITY", MUN, null);
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("numerator").asLong()).isEqualTo(1);
        assertThat(current.get("value").decimalValue()).isEqualByComparingTo("5.00");
        JsonNode askedUnderFirst = figure(officer, "MUNICIPALITY", MUN, "1");
        assertThat(askedUnderFirst).isEqualTo(underFirst);

        Api.Response oldDefinition = api().get("/api/monitoring/indicators/definitions/" + CODE + "?version=1", officer);
        assertThat(oldDefinition.status()).isEqualTo(200);
        assertThat(oldDefinition.json().at("/numerator/filters/ageBand").toString()).contains("10-14");
        assertThat(oldDefinition.json().get("target").decimalValue()).isEqualByComparingTo("70");
        assertThat(api().get("/api/monitoring/indicators/definitions/" + CODE + "/versions", analyst).json())
                .hasSize(2);

        // the department's own version: its municipality and schools compute with it, the region does not
        Api.Response departments = api().put("/api/monitoring/indicators/definitions/" + CODE, officer,
                definition(List.of("10-14"), List.of("PUPILS_10_14"), 90));
        assertThat(departments.status()).as(departments.toString()).isEqualTo(201);
        assertThat(departments.json().get("version").asInt()).isEqualTo(3);
        assertThat(departments.json().get("municipalityId").asText()).isEqualTo(MUN);
        assertThat(figure(officer, "MUNICIPALITY", MUN, null).get("version").asInt()).isEqualTo(3);
        assertThat(figure(TestTokens.curator(SCHOOL, MUN), "SCHOOL", SCHOOL, null).get("version").asInt()).isEqualTo(3);
        assertThat(figure(analyst, "REGION", REGION, null).get("version").asInt()).isEqualTo(2);
        assertThat(figure(analyst, "REGION", REGION, null).get("numerator").asLong()).isEqualTo(1);
        // another municipality neither sees nor uses it
        assertThat(api().get("/api/monitoring/indicators/definitions/" + CODE + "?version=3",
                TestTokens.officer("vmun-other-" + RUN)).status()).isEqualTo(404);
        assertThat(api().get("/api/monitoring/indicators/definitions/" + CODE, TestTokens.officer("vmun-other-" + RUN))
                .json().get("version").asInt()).isEqualTo(2);
        assertThat(api().get("/api/monitoring/indicators/definitions/" + CODE + "?version=3", analyst).status())
                .isEqualTo(200);
    }

    @Test
    void theShippedSetIsListedInTheOrderItShipped() {
        JsonNode list = api().get("/api/monitoring/indicators?level=MUNICIPALITY&unit=" + MUN + "&asOf=" + AS_OF,
                TestTokens.officer(MUN)).json();
        assertThat(list.get(0).get("code").asText()).isEqualTo("MENTEES_PUPILS_10_18");
        assertThat(list.get(10).get("code").asText()).isEqualTo("ROADMAP_ON_TIME");
    }

    @Test
    void onlyTheRegionAndTheDepartmentEditAndBadDefinitionsAreRefusedWithProblemDetails() {
        String path = "/api/monitoring/indicators/definitions/" + CODE + "_BAD";
        String analyst = TestTokens.analyst(REGION);
        Map<String, Object> good = definition(List.of("10-14"), List.of("PUPILS_10_14"), 70);
        assertThat(api().put(path, TestTokens.curator(SCHOOL, MUN), good).status()).isEqualTo(403);
        assertThat(api().put(path, TestTokens.mentor(SCHOOL, MUN, "x"), good).status()).isEqualTo(403);
        assertThat(api().put(path, null, good).status()).isEqualTo(401);
        // reading the definitions is for the staff of schools, departments and the region
        assertThat(api().get("/api/monitoring/indicators/definitions", TestTokens.mentor(SCHOOL, MUN, "x")).status())
                .isEqualTo(403);
        assertThat(api().get("/api/monitoring/indicators/definitions", TestTokens.admin()).status()).isEqualTo(403);
        assertThat(api().get("/api/monitoring/indicators/definitions", null).status()).isEqualTo(401);
        JsonNode shipped = api().get("/api/monitoring/indicators/definitions", TestTokens.curator(SCHOOL, MUN)).json();
        assertThat(shipped.findValuesAsText("code")).containsSubsequence("MENTEES_PUPILS_10_18", "MENTORS_PUPILS_15_18",
                "YOUNG_TEACHERS_0_3", "PARTNERS_PROVIDING_MENTORS", "MENTOR_SATISFACTION", "MENTEE_SATISFACTION",
                "ACTIVE_PAIRS", "COMPLETED_PAIRS", "MEETINGS_HELD", "STALLED_PAIRS", "ROADMAP_ON_TIME");

        Map<String, Map<String, Object>> refused = new HashMap<>();
        Map<String, Object> unknownFact = new HashMap<>(good);
        unknownFact.put("numerator", Map.of("fact", "DROP TABLE", "filters", Map.of()));
        refused.put("unknown fact", unknownFact);
        Map<String, Object> badFilter = new HashMap<>(good);
        badFilter.put("numerator", Map.of("fact", "PAIR_PARTICIPANTS", "filters", Map.of("ageBand", List.of("1' OR 1=1"))));
        refused.put("bad filter value", badFilter);
        Map<String, Object> unknownFilter = new HashMap<>(good);
        unknownFilter.put("numerator", Map.of("fact", "PAIR_PARTICIPANTS", "filters", Map.of("name", List.of("x"))));
        refused.put("unknown filter", unknownFilter);
        Map<String, Object> noField = new HashMap<>(good);
        noField.put("denominator", Map.of("fact", "HEADCOUNT", "filters", Map.of()));
        refused.put("headcount without field", noField);
        Map<String, Object> badFactor = new HashMap<>(good);
        badFactor.put("factor", 7);
        refused.put("factor 7", badFactor);
        Map<String, Object> shareByForm = new HashMap<>(good);
        shareByForm.put("disaggregation", "FORM");
        refused.put("share by form", shareByForm);
        Map<String, Object> noName = new HashMap<>(good);
        noName.remove("name");
        refused.put("no name", noName);
        Map<String, Object> negativeTarget = new HashMap<>(good);
        negativeTarget.put("target", -1);
        refused.put("negative target", negativeTarget);
        refused.forEach((why, body) -> {
            Api.Response response = api().put(path, analyst, body);
            assertThat(response.status()).as(why + ": " + response).isEqualTo(422);
            assertThat(response.contentType()).as(why).startsWith("application/problem+json");
        });
        Api.Response malformed = api().put(path, analyst, "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(api().put("/api/monitoring/indicators/definitions/bad-code", analyst, good).status()).isEqualTo(400);
        // nothing refused was stored
        assertThat(api().get(path.replace("/definitions/", "/definitions/") + "/versions", analyst).json()).isEmpty();
    }
}
