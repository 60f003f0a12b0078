package ru.nastavnik.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.contracts.roadmap.RoadmapActionAdded;
import ru.nastavnik.contracts.roadmap.RoadmapCreated;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCancelled;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCompleted;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceOverdue;
import ru.nastavnik.contracts.roadmap.RoadmapSubmitted;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

@ExtendWith(OutputCaptureExtension.class)
class RoadmapSummaryIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    /** Publishes exactly as roadmap-, registry- and pairing-service do. */
    @Autowired
    IntegrationEventPublisher publisher;

    private Api api() {
        return Api.onPort(port);
    }

    private String publish(String topic, IntegrationEvent event) {
        String eventId = UUID.randomUUID().toString();
        publisher.publish(topic, event, eventId, Instant.now());
        return eventId;
    }

    private JsonNode awaitSummary(String token, Predicate<JsonNode> ready) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Response response = api().get("/api/monitoring/roadmaps/summary", token);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            last = response.json();
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Summary never became ready: " + last);
    }

    private static JsonNode school(JsonNode summary, String schoolId) {
        for (JsonNode school : summary.get("schools")) {
            if (school.get("schoolId").asText().equals(schoolId)) {
                return school;
            }
        }
        return null;
    }

    @Test
    void theOfficerSeesEverySchoolOfTheMunicipalityWithRoadmapsByStatus() throws Exception {
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered("sum-a", "mun-s", "reg-1", "МБОУ СОШ № 1", "GENERAL"));
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered("sum-b", "mun-s", "reg-1", "МБОУ СОШ № 2", "GENERAL"));
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered("sum-other", "mun-x", "reg-1", "Чужая школа", "GENERAL"));
        publish(Topics.ROADMAP_EVENTS, new RoadmapCreated("rm-a1", "sum-a", "mun-s", "Карта", "2026/2027"));
        publish(Topics.ROADMAP_EVENTS, new RoadmapActionAdded("rm-a1", "sum-a", "mun-s", "act-1", "Раздел", "1.1", 1));
        publish(Topics.ROADMAP_EVENTS, new RoadmapSubmitted("rm-a1", "sum-a", "mun-s", 1));
        publish(Topics.ROADMAP_EVENTS, new RoadmapCreated("rm-a2", "sum-a", "mun-s", "Вторая", "2026/2027"));
        publish(Topics.PAIRING_EVENTS, new PairFixed("pair-a", "sum-a", "mun-s", "PUPIL_PUPIL", false, "m-1", java.util.List.of("e-1"), java.time.LocalDate.of(2026, 9, 20)));

        JsonNode summary = awaitSummary(TestTokens.officer("mun-s"),
                s -> school(s, "sum-a") != null && school(s, "sum-a").get("roadmaps").asInt() == 2
                        && school(s, "sum-a").get("pairs").asInt() == 1 && school(s, "sum-b") != null);

        JsonNode a = school(summary, "sum-a");
        assertThat(a.get("schoolName").asText()).isEqualTo("МБОУ СОШ № 1");
        assertThat(a.at("/roadmapsByStatus/DRAFT").asInt()).isEqualTo(1);
        assertThat(a.at("/roadmapsByStatus/SUBMITTED").asInt()).isEqualTo(1);
        assertThat(a.get("actions").asInt()).isEqualTo(1);
        assertThat(school(summary, "sum-b").get("roadmaps").asInt()).isZero();
        assertThat(school(summary, "sum-other")).isNull();
        assertThat(summary.at("/totalsByStatus/SUBMITTED").asInt()).isEqualTo(1);
        assertThat(summary.get("formula").asText()).isNotBlank();
    }

    @Test
    void theShareOfDueDatesDoneOnTimeIsCountedPerSchoolAndForTheDistrict() throws Exception {
        java.time.LocalDate due = java.time.LocalDate.of(2026, 10, 1);
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered("time-a", "mun-t", "reg-1", "Школа сроков", "GENERAL"));
        publish(Topics.ROADMAP_EVENTS, new RoadmapOccurrenceOverdue("rm-t", "time-a", "mun-t", "act-1", due));
        publish(Topics.ROADMAP_EVENTS, new RoadmapOccurrenceCompleted("rm-t", "time-a", "mun-t", "act-1", due, false));
        publish(Topics.ROADMAP_EVENTS, new RoadmapOccurrenceCompleted("rm-t", "time-a", "mun-t", "act-2", due, true));
        publish(Topics.ROADMAP_EVENTS, new RoadmapOccurrenceOverdue("rm-t", "time-a", "mun-t", "act-3", due));
        publish(Topics.ROADMAP_EVENTS, new RoadmapOccurrenceCancelled("rm-t", "time-a", "mun-t", "act-4", due));
        publish(Topics.ROADMAP_EVENTS, new RoadmapOccurrenceCompleted("rm-t", "time-a", "mun-t", "act-5", due, true));

        JsonNode summary = awaitSummary(TestTokens.officer("mun-t"), s -> school(s, "time-a") != null
                && school(s, "time-a").at("/dueDates/DONE").asInt() == 2);

        JsonNode school = school(summary, "time-a");
        assertThat(school.at("/dueDates/DONE_LATE").asInt()).isEqualTo(1);
        assertThat(school.at("/dueDates/OVERDUE").asInt()).isEqualTo(1);
        assertThat(school.at("/dueDates/CANCELLED").isMissingNode()).isTrue();
        assertThat(school.get("onTimeShare").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("onTimeShare").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("onTimeFormula").asText()).contains("отменённые");
    }

    @Test
    void aRedeliveredEventIsCountedOnce() throws Exception {
        String eventId = UUID.randomUUID().toString();
        PairFixed pair = new PairFixed("pair-dup", "dup-school", "mun-d", "PUPIL_PUPIL", false, "m-1", java.util.List.of("e-1"), java.time.LocalDate.of(2026, 9, 20));
        publisher.publish(Topics.PAIRING_EVENTS, pair, eventId, Instant.now());
        publisher.publish(Topics.PAIRING_EVENTS, new PairFixed("pair-dup-2", "dup-school", "mun-d", "PUPIL_PUPIL", false, "m-2", java.util.List.of("e-2"), java.time.LocalDate.of(2026, 9, 20)), eventId, Instant.now());
        publish(Topics.PAIRING_EVENTS, new PairFixed("pair-marker", "dup-school", "mun-d", "PUPIL_PUPIL", false, "m-3", java.util.List.of("e-3"), java.time.LocalDate.of(2026, 9, 20)));

        JsonNode summary = awaitSummary(TestTokens.officer("mun-d"),
                s -> school(s, "dup-school") != null && school(s, "dup-school").get("pairs").asInt() >= 2);

        assertThat(school(summary, "dup-school").get("pairs").asInt()).isEqualTo(2);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithAClearLogLineAndTheStreamGoesOn(CapturedOutput output)
            throws Exception {
        KafkaTestClient.sendRaw(Topics.ROADMAP_EVENTS, "poison-key", "not a cloud event".getBytes(StandardCharsets.UTF_8));
        publish(Topics.ROADMAP_EVENTS, new RoadmapCreated("rm-after-poison", "poison-school", "mun-p", "Карта",
                "2026/2027"));

        var deadLetters = KafkaTestClient.readRawUntil(Topics.deadLetterOf(Topics.ROADMAP_EVENTS),
                Duration.ofSeconds(30), record -> "poison-key".equals(record.key()));
        assertThat(deadLetters).anyMatch(record -> "not a cloud event".equals(new String(record.value(), StandardCharsets.UTF_8)));
        assertThat(output.getAll()).contains("Dead-lettered record " + Topics.ROADMAP_EVENTS);

        JsonNode summary = awaitSummary(TestTokens.officer("mun-p"), s -> school(s, "poison-school") != null);
        assertThat(school(summary, "poison-school").get("roadmaps").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheDepartmentSeesTheSummary() {
        String path = "/api/monitoring/roadmaps/summary";
        assertThat(api().get(path, TestTokens.curator("school-1", "mun-1")).status()).isEqualTo(403);
        assertThat(api().get(path, TestTokens.head("school-1", "mun-1")).status()).isEqualTo(403);
        assertThat(api().get(path, TestTokens.analyst("reg-1")).status()).isEqualTo(403);
        assertThat(api().get(path, null).status()).isEqualTo(401);
        Api.Response forbidden = api().get(path, TestTokens.curator("school-1", "mun-1"));
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(forbidden.json().get("detail").asText()).isEqualTo("Действие недоступно для вашей роли");
    }
}
