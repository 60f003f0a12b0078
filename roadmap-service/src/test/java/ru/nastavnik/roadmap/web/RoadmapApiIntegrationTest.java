package ru.nastavnik.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

class RoadmapApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String curator = TestTokens.curator("school-1", "mun-1");

    private Api api() {
        return Api.onPort(port);
    }

    private String createRoadmap(String token, String title) {
        Api.Response created = api().post("/api/roadmaps", token, Map.of("title", title, "schoolYear", "2026/2027"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Api.Response addAction(String roadmapId, String token, String number, Map<String, String> headers) {
        return api().exchange(HttpMethod.POST, "/api/roadmaps/" + roadmapId + "/actions", token,
                Map.of("section", "1. Подготовка условий", "number", number, "title", "Назначение куратора",
                        "deadline", "до 15.09.2026 г.", "responsible", "Директор", "result", "Приказ"), headers);
    }

    @Test
    void curatorPlansAndSubmitsARoadmapAndEveryStepReachesKafka() {
        String roadmapId = createRoadmap(curator, "Дорожная карта ЦМН");
        assertThat(addAction(roadmapId, curator, "1.1", Map.of()).status()).isEqualTo(201);

        Api.Response submitted = api().post("/api/roadmaps/" + roadmapId + "/submission", curator, null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");

        Api.Response read = api().get("/api/roadmaps/" + roadmapId, curator);
        assertThat(read.json().at("/actions/0/deadline").asText()).isEqualTo("до 15.09.2026 г.");
        assertThat(read.json().at("/actions/0/schedule/kind").asText()).isEqualTo("FIXED");
        assertThat(read.json().at("/actions/0/schedule/dueDates/0").asText()).isEqualTo("2026-09-15");
        assertThat(read.headers().getETag()).isEqualTo("\"2\"");

        List<ConsumerRecord<String, CloudEvent>> records = KafkaTestClient.readUntil(Topics.ROADMAP_EVENTS,
                Duration.ofSeconds(30), seen -> seen.stream().filter(r -> roadmapId.equals(r.key())).count() == 3);
        List<CloudEvent> mine = records.stream().filter(r -> roadmapId.equals(r.key())).map(ConsumerRecord::value).toList();
        assertThat(mine).extracting(CloudEvent::getType).containsExactly("roadmap.RoadmapCreated.v1",
                "roadmap.RoadmapActionAdded.v1", "roadmap.RoadmapSubmitted.v1");
        assertThat(mine).allSatisfy(event -> {
            assertThat(event.getExtension("schoolid")).isEqualTo("school-1");
            assertThat(event.getExtension("municipalityid")).isEqualTo("mun-1");
            assertThat(event.getSource().toString()).isEqualTo("/nastavnik/roadmap-service");
        });
        List<String> storedEventIds = jdbc.queryForList(
                "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                String.class, roadmapId);
        assertThat(mine).extracting(CloudEvent::getId).containsExactlyElementsOf(storedEventIds);
    }

    @Test
    void invalidInputIsAnsweredInRussianAndNothingIsWritten() {
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);

        Api.Response response = api().post("/api/roadmaps", curator, Map.of("title", " ", "schoolYear", "2026/27"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("title — укажите название")
                .contains("schoolYear — учебный год в виде 2026/2027");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(eventsBefore);
    }

    @Test
    void brokenJsonAndRuleViolationsAreProblemDetails() {
        Api.Response broken = api().post("/api/roadmaps", curator, "{\"title\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("detail").asText()).contains("JSON");

        String roadmapId = createRoadmap(curator, "Пустая карта");
        Api.Response empty = api().post("/api/roadmaps/" + roadmapId + "/submission", curator, null);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("code").asText()).isEqualTo("roadmap-empty");

        assertThat(addAction(roadmapId, curator, "1.1", Map.of()).status()).isEqualTo(201);
        Api.Response duplicate = addAction(roadmapId, curator, "1.1", Map.of());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asText()).isEqualTo("Мероприятие с номером 1.1 уже есть в дорожной карте");
    }

    @Test
    void aStaleEditIsAConflictNotALostUpdate() {
        String roadmapId = createRoadmap(curator, "Карта для двоих");
        String seenVersion = api().get("/api/roadmaps/" + roadmapId, curator).headers().getETag();

        assertThat(addAction(roadmapId, curator, "1.1", Map.of("If-Match", seenVersion)).status()).isEqualTo(201);
        Api.Response stale = addAction(roadmapId, curator, "1.2", Map.of("If-Match", seenVersion));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("title").asText()).isEqualTo("Изменено другим пользователем");
        assertThat(api().get("/api/roadmaps/" + roadmapId, curator).json().get("actions")).hasSize(1);
    }

    @Test
    void everyEndpointKeepsTenantsApart() {
        String roadmapId = createRoadmap(curator, "Только наша карта");
        String otherSchool = TestTokens.curator("school-2", "mun-1");
        String ownOfficer = TestTokens.officer("mun-1");
        String foreignOfficer = TestTokens.officer("mun-2");
        String analyst = TestTokens.analyst("reg-1");
        String path = "/api/roadmaps/" + roadmapId;

        assertThat(api().get(path, otherSchool).status()).isEqualTo(404);
        assertThat(addAction(roadmapId, otherSchool, "9.9", Map.of()).status()).isEqualTo(404);
        assertThat(api().post(path + "/submission", otherSchool, null).status()).isEqualTo(404);
        assertThat(api().get("/api/roadmaps", otherSchool).json()).noneMatch(r -> r.get("id").asText().equals(roadmapId));

        assertThat(api().get(path, ownOfficer).status()).isEqualTo(200);
        assertThat(api().get("/api/roadmaps", ownOfficer).json()).anyMatch(r -> r.get("id").asText().equals(roadmapId));
        assertThat(api().get(path, foreignOfficer).status()).isEqualTo(404);
        assertThat(api().get("/api/roadmaps", foreignOfficer).json()).isEmpty();
        assertThat(addAction(roadmapId, ownOfficer, "9.9", Map.of()).status()).isEqualTo(403);
        assertThat(api().post("/api/roadmaps", ownOfficer, Map.of("title", "x", "schoolYear", "2026/2027",
                "kind", "SCHOOL")).status()).isEqualTo(422);

        assertThat(api().get(path, analyst).status()).isEqualTo(404);
        assertThat(api().get("/api/roadmaps", analyst).status()).isEqualTo(403);

        Api.Response anonymous = api().get("/api/roadmaps", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        String wrongAudience = TestTokens.tokenWithAudience("x", List.of("school-curator"), "school-1", "mun-1",
                "reg-1", "some-other-api");
        assertThat(api().get("/api/roadmaps", wrongAudience).status()).isEqualTo(401);
    }

    @Test
    void submitReturnResubmitAgreeAdoptCloseWithTheFullHistory() {
        String officer = TestTokens.officer("mun-1");
        String head = TestTokens.head("school-1", "mun-1");
        String roadmapId = createRoadmap(curator, "Карта на согласование");
        String path = "/api/roadmaps/" + roadmapId;
        addAction(roadmapId, curator, "1.1", Map.of());
        assertThat(api().post(path + "/submission", curator, null).status()).isEqualTo(200);

        assertThat(api().get("/api/roadmaps?status=SUBMITTED", officer).json())
                .anyMatch(r -> r.get("id").asText().equals(roadmapId));
        Api.Response silentReturn = api().post(path + "/return", officer, Map.of("comment", " "));
        assertThat(silentReturn.status()).isEqualTo(422);
        assertThat(silentReturn.json().get("code").asText()).isEqualTo("return-comment-required");
        Api.Response returned = api().post(path + "/return", officer, Map.of("comment", "Добавьте обучение наставников"));
        assertThat(returned.json().get("status").asText()).isEqualTo("RETURNED");
        assertThat(api().get("/api/roadmaps?status=SUBMITTED", officer).json())
                .noneMatch(r -> r.get("id").asText().equals(roadmapId));

        assertThat(addAction(roadmapId, curator, "3.1", Map.of()).status()).isEqualTo(201);
        assertThat(api().post(path + "/submission", curator, null).status()).isEqualTo(200);
        assertThat(api().post(path + "/agreement", curator, Map.of()).status()).isEqualTo(403);
        assertThat(api().post(path + "/agreement", TestTokens.officer("mun-2"), Map.of()).status()).isEqualTo(404);
        assertThat(api().post(path + "/agreement", officer, Map.of("comment", "Согласовано")).json().get("status").asText())
                .isEqualTo("AGREED");

        Map<String, String> order = Map.of("orderNumber", "125-о", "orderDate", "2026-01-15");
        assertThat(api().post(path + "/adoption", curator, order).status()).isEqualTo(403);
        assertThat(api().post(path + "/adoption", TestTokens.head("school-2", "mun-1"), order).status()).isEqualTo(404);
        Api.Response badDate = api().post(path + "/adoption", head, Map.of("orderNumber", "125-о", "orderDate", "15.01.2026"));
        assertThat(badDate.status()).isEqualTo(400);
        Api.Response adopted = api().post(path + "/adoption", head, order);
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        assertThat(adopted.json().get("status").asText()).isEqualTo("IN_EXECUTION");
        assertThat(adopted.json().get("orderNumber").asText()).isEqualTo("125-о");
        assertThat(addAction(roadmapId, curator, "4.1", Map.of()).status()).isEqualTo(409);
        assertThat(api().post(path + "/closure", head, null).json().get("status").asText()).isEqualTo("CLOSED");

        JsonNode history = api().get(path, officer).json().get("history");
        assertThat(history).extracting(entry -> entry.get("step").asText()).containsExactly("CREATED", "ACTION_ADDED",
                "SUBMITTED", "RETURNED", "ACTION_ADDED", "SUBMITTED", "AGREED", "ADOPTED", "CLOSED");
        assertThat(history.get(3).get("comment").asText()).isEqualTo("Добавьте обучение наставников");
        assertThat(history.get(3).get("actorName").asText()).isEqualTo("officer-mun-1");
        assertThat(history.get(3).get("actorRole").asText()).isEqualTo("municipal-officer");
        assertThat(history.get(7).get("actorName").asText()).isEqualTo("head-school-1");
        assertThat(history.get(7).get("comment").asText()).isEqualTo("Приказ № 125-о от 15.01.2026");

        List<String> types = KafkaTestClient.readUntil(Topics.ROADMAP_EVENTS, Duration.ofSeconds(30),
                        seen -> seen.stream().filter(r -> roadmapId.equals(r.key())).count() == 9).stream()
                .filter(r -> roadmapId.equals(r.key())).map(r -> r.value().getType()).toList();
        assertThat(types).containsSubsequence("roadmap.RoadmapReturned.v1", "roadmap.RoadmapAgreed.v1",
                "roadmap.RoadmapAdopted.v1", "roadmap.RoadmapClosed.v1");
        assertThat(KafkaTestClient.readUntil(Topics.ROADMAP_EVENTS, Duration.ofSeconds(5),
                        seen -> seen.stream().anyMatch(r -> roadmapId.equals(r.key())
                                && r.value().getType().equals("roadmap.RoadmapReturned.v1"))).stream()
                .filter(r -> roadmapId.equals(r.key())).map(r -> new String(r.value().getData().toBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)))
                .noneMatch(data -> data.contains("Добавьте") || data.contains("officer-mun-1"));
    }

    @Test
    void aDraftActionIsCorrectedAndRemovedWithTheUsualChecks() {
        String roadmapId = createRoadmap(curator, "Карта с правками");
        addAction(roadmapId, curator, "1.1", Map.of());
        String actionId = api().get("/api/roadmaps/" + roadmapId, curator).json().at("/actions/0/id").asText();
        String path = "/api/roadmaps/" + roadmapId + "/actions/" + actionId;
        Map<String, String> corrected = Map.of("section", "1. Подготовка условий", "number", "1.2",
                "title", "Назначение куратора приказом", "deadline", "ноябрь 2026", "responsible", "Директор");

        assertThat(api().put(path, TestTokens.curator("school-2", "mun-1"), corrected).status()).isEqualTo(404);
        assertThat(api().put(path, TestTokens.officer("mun-1"), corrected).status()).isEqualTo(403);
        assertThat(api().put(path, curator, Map.of("number", "1.2")).status()).isEqualTo(400);
        assertThat(api().put(path, curator, corrected).status()).isEqualTo(204);
        JsonNode action = api().get("/api/roadmaps/" + roadmapId, curator).json().at("/actions/0");
        assertThat(action.get("number").asText()).isEqualTo("1.2");
        assertThat(action.at("/schedule/dueDates/0").asText()).isEqualTo("2026-11-30");

        assertThat(api().exchange(HttpMethod.DELETE, path, TestTokens.curator("school-2", "mun-1"), null, Map.of())
                .status()).isEqualTo(404);
        assertThat(api().exchange(HttpMethod.DELETE, path, curator, null, Map.of()).status()).isEqualTo(204);
        JsonNode after = api().get("/api/roadmaps/" + roadmapId, curator).json();
        assertThat(after.get("actions")).isEmpty();
        assertThat(after.at("/roadmap/actionCount").asInt()).isZero();
        assertThat(after.get("history")).extracting(step -> step.get("step").asText())
                .containsExactly("CREATED", "ACTION_ADDED", "ACTION_CHANGED", "ACTION_REMOVED");
        assertThat(api().exchange(HttpMethod.DELETE, path, curator, null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theEditorPreviewsHowADeadlineWillBeRead() {
        // the client encodes the query; the text goes as typed
        Api.Response impossible = api().get("/api/roadmaps/deadlines/interpretation?schoolYear=2026/2027&text=до 31 ноября",
                curator);
        assertThat(impossible.status()).as(impossible.toString()).isEqualTo(200);
        assertThat(impossible.json().at("/dueDates/0").asText()).isEqualTo("2026-11-30");
        assertThat(impossible.json().at("/warnings/0").asText()).contains("не существует");
        assertThat(impossible.json().get("suggestion").asText()).isEqualTo("до 30 ноября");

        Api.Response quarterly = api().get("/api/roadmaps/deadlines/interpretation?schoolYear=2026/2027&text=ежеквартально",
                TestTokens.officer("mun-1"));
        assertThat(quarterly.json().get("kindTitle").asText()).isEqualTo("Повторяется");
        assertThat(quarterly.json().get("dueDates")).hasSize(4);

        // a calendar year is a period too (the department's plan); a malformed one is refused
        Api.Response calendar = api().get("/api/roadmaps/deadlines/interpretation?schoolYear=2026&text=Апрель", curator);
        assertThat(calendar.json().at("/dueDates/0").asText()).isEqualTo("2026-04-30");
        Api.Response malformed = api().get("/api/roadmaps/deadlines/interpretation?schoolYear=26/27&text=x", curator);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).contains("Период указывается");
        assertThat(api().get("/api/roadmaps/deadlines/interpretation?schoolYear=2026/2027&text=x",
                TestTokens.analyst("reg-1")).status()).isEqualTo(403);
        assertThat(api().get("/api/roadmaps/deadlines/interpretation?schoolYear=2026/2027&text=x", null).status())
                .isEqualTo(401);
    }

    @Test
    void theApiIsDocumentedWithOpenApiAndHealthIsPublic() {
        Api.Response docs = api().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").has("/api/roadmaps/{roadmapId}/submission")).isTrue();
        Api.Response readiness = api().get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void theEventStoreIsBackedByByteaAndAGaplessSequence() {
        assertThat(jdbc.queryForList("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'domain_event_entry' AND column_name IN ('payload', 'meta_data')", String.class))
                .containsOnly("bytea");
        assertThat(jdbc.queryForObject("SELECT increment_by FROM pg_sequences WHERE sequencename = 'domain_event_entry_seq'",
                Long.class)).isEqualTo(1L);
        createRoadmap(curator, "Карта для проверки индекса");
        List<Long> indexes = jdbc.queryForList("SELECT global_index FROM domain_event_entry ORDER BY global_index", Long.class);
        assertThat(indexes.get(indexes.size() - 1) - indexes.get(0)).isEqualTo(indexes.size() - 1);
    }
}
