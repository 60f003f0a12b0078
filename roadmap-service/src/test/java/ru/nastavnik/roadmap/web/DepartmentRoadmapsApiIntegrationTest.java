package ru.nastavnik.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/** The department's own plan and the templates it issues to its schools, through the API. */
class DepartmentRoadmapsApiIntegrationTest extends ServiceIntegrationTest {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private final String officer = TestTokens.officer("mun-t");
    private final String curator = TestTokens.curator("school-t", "mun-t");
    private final String head = TestTokens.head("school-t", "mun-t");
    private final String strangerCurator = TestTokens.curator("school-o", "mun-o");
    private final String strangerOfficer = TestTokens.officer("mun-o");

    private Api api() {
        return Api.onPort(port);
    }

    private String schoolYear() {
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "/" + (start + 1);
    }

    private String create(String token, Map<String, Object> body) {
        Api.Response created = api().post("/api/roadmaps", token, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private void addAction(String token, String roadmapId, String number, String title, String deadline) {
        Api.Response added = api().post("/api/roadmaps/" + roadmapId + "/actions", token, Map.of(
                "section", "I. Подготовка условий", "number", number, "title", title, "deadline", deadline,
                "responsible", "Руководитель ОО", "result", "Приказ"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    private static List<String> ids(JsonNode roadmaps) {
        return roadmaps.findValuesAsText("id");
    }

    private static JsonNode action(JsonNode details, String number) {
        for (JsonNode action : details.get("actions")) {
            if (action.get("number").asText().equals(number)) {
                return action;
            }
        }
        throw new AssertionError("no action " + number + " in " + details);
    }

    @Test
    void aTemplateIssuedByTheDepartmentIsWhereItsSchoolsStartTheirRoadmaps() {
        String templateId = create(officer, Map.of("title", "Этапы реализации программы наставничества",
                "schoolYear", schoolYear(), "kind", "TEMPLATE"));
        addAction(officer, templateId, "1.1", "Определение модели наставничества", "до 30 ноября");
        addAction(officer, templateId, "1.2", "Утверждение дорожной карты",
                "в течение двух недель с даты определения модели");
        JsonNode template = api().get("/api/roadmaps/" + templateId, officer).json();
        assertThat(template.at("/roadmap/kind").asText()).isEqualTo("TEMPLATE");
        assertThat(template.get("roadmap").hasNonNull("schoolId")).isFalse();
        assertThat(action(template, "1.2").at("/schedule/anchor/number").asText()).isEqualTo("1.1");
        assertThat(action(template, "1.2").at("/schedule/anchor/suggested").asBoolean()).isTrue();

        // a draft template is the department's business only
        assertThat(ids(api().get("/api/roadmaps?kind=TEMPLATE", curator).json())).doesNotContain(templateId);
        assertThat(api().get("/api/roadmaps/" + templateId, curator).status()).isEqualTo(404);
        Api.Response early = api().post("/api/roadmaps", curator, Map.of("title", "Рано", "schoolYear", schoolYear(),
                "templateId", templateId));
        assertThat(early.status()).isEqualTo(404);

        Api.Response issued = api().post("/api/roadmaps/" + templateId + "/adoption", officer,
                Map.of("orderNumber", "428", "orderDate", today.toString()));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.json().get("status").asText()).isEqualTo("ISSUED");

        assertThat(ids(api().get("/api/roadmaps?kind=TEMPLATE", curator).json())).contains(templateId);
        assertThat(ids(api().get("/api/roadmaps?kind=TEMPLATE", strangerCurator).json())).doesNotContain(templateId);
        assertThat(api().get("/api/roadmaps/" + templateId, strangerCurator).status()).isEqualTo(404);
        assertThat(api().get("/api/roadmaps/" + templateId, strangerOfficer).status()).isEqualTo(404);
        assertThat(api().post("/api/roadmaps/" + templateId + "/actions", curator, Map.of("section", "I", "number",
                "9.1", "title", "Чужое", "deadline", "май", "responsible", "Я")).status()).isEqualTo(404);
        assertThat(api().post("/api/roadmaps", strangerCurator, Map.of("title", "Чужой шаблон",
                "schoolYear", schoolYear(), "templateId", templateId)).status()).isEqualTo(404);

        String roadmapId = create(curator, Map.of("title", "Дорожная карта школы", "schoolYear", schoolYear(),
                "templateId", templateId));
        JsonNode roadmap = api().get("/api/roadmaps/" + roadmapId, curator).json();
        assertThat(roadmap.at("/roadmap/kind").asText()).isEqualTo("SCHOOL");
        assertThat(roadmap.at("/roadmap/schoolId").asText()).isEqualTo("school-t");
        assertThat(roadmap.at("/roadmap/templateId").asText()).isEqualTo(templateId);
        assertThat(roadmap.get("actions")).hasSize(2);
        JsonNode first = action(roadmap, "1.1");
        JsonNode second = action(roadmap, "1.2");
        assertThat(first.get("id").asText()).isNotEqualTo(action(template, "1.1").get("id").asText());
        assertThat(second.at("/schedule/anchor/actionId").asText()).isEqualTo(first.get("id").asText());
        assertThat(second.at("/schedule/anchor/days").asInt()).isEqualTo(14);
        assertThat(roadmap.at("/history/0/comment").asText()).contains("шаблону");

        // withdrawn, the template starts nothing more
        assertThat(api().post("/api/roadmaps/" + templateId + "/closure", officer, null).json().get("status").asText())
                .isEqualTo("CLOSED");
        Api.Response late = api().post("/api/roadmaps", curator, Map.of("title", "Поздно", "schoolYear", schoolYear(),
                "templateId", templateId));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asText()).isEqualTo("template-not-issued");
    }

    @Test
    void eachRoleCreatesOnlyItsOwnKindOfRoadmap() {
        Api.Response schoolMakesTemplate = api().post("/api/roadmaps", curator,
                Map.of("title", "Шаблон", "schoolYear", schoolYear(), "kind", "TEMPLATE"));
        assertThat(schoolMakesTemplate.status()).isEqualTo(422);
        assertThat(schoolMakesTemplate.json().get("detail").asText()).contains("Школа создаёт");
        Api.Response departmentMakesSchoolRoadmap = api().post("/api/roadmaps", officer,
                Map.of("title", "Карта", "schoolYear", schoolYear(), "kind", "SCHOOL"));
        assertThat(departmentMakesSchoolRoadmap.status()).isEqualTo(422);
        Api.Response unknownKind = api().post("/api/roadmaps", officer,
                Map.of("title", "Карта", "schoolYear", schoolYear(), "kind", "REGIONAL"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().at("/fields/kind").asText()).contains("SCHOOL, MUNICIPAL или TEMPLATE");
        Api.Response analyst = api().post("/api/roadmaps", TestTokens.analyst("reg-1"),
                Map.of("title", "План", "schoolYear", "2026"));
        assertThat(analyst.status()).isEqualTo(403);
    }

    @Test
    void theDepartmentAdoptsAndExecutesItsOwnPlanWhichFeedsNoSchoolIndicator() {
        String planId = create(officer, Map.of("title", "План мероприятий района на " + today.getYear() + " год",
                "schoolYear", Integer.toString(today.getYear())));
        addAction(officer, planId, "1.1", "Совещание руководителей ОО", "до " + today.format(RUSSIAN));
        JsonNode plan = api().get("/api/roadmaps/" + planId, officer).json();
        assertThat(plan.at("/roadmap/kind").asText()).isEqualTo("MUNICIPAL");
        assertThat(plan.at("/actions/0/schedule/dueDates/0").asText()).isEqualTo(today.toString());

        Api.Response submitted = api().post("/api/roadmaps/" + planId + "/submission", officer, null);
        assertThat(submitted.status()).isEqualTo(409);
        assertThat(submitted.json().get("code").asText()).isEqualTo("roadmap-needs-no-agreement");
        // schools do not see the department's drafts, and the head cannot adopt the department's plan
        assertThat(ids(api().get("/api/roadmaps?kind=MUNICIPAL", curator).json())).doesNotContain(planId);
        assertThat(api().post("/api/roadmaps/" + planId + "/adoption", head,
                Map.of("orderNumber", "1", "orderDate", today.toString())).status()).isEqualTo(404);

        Api.Response adopted = api().post("/api/roadmaps/" + planId + "/adoption", officer,
                Map.of("orderNumber", "15-од", "orderDate", today.toString()));
        assertThat(adopted.json().get("status").asText()).as(adopted.toString()).isEqualTo("IN_EXECUTION");
        assertThat(ids(api().get("/api/roadmaps?kind=MUNICIPAL", curator).json())).contains(planId);
        assertThat(ids(api().get("/api/roadmaps", curator).json())).doesNotContain(planId);

        String actionId = api().get("/api/roadmaps/" + planId, officer).json().at("/actions/0/id").asText();
        String completion = "/api/roadmaps/" + planId + "/actions/" + actionId + "/occurrences/" + today + "/completion";
        Map<String, String> evidence = Map.of("evidenceKind", "Протокол", "evidenceNumber", "3",
                "evidenceDate", today.toString());
        assertThat(api().post(completion, curator, evidence).status()).isEqualTo(404);
        assertThat(api().post(completion, officer, evidence).status()).isEqualTo(204);

        // marking a date done moved the version: the ETag just read is good for the next step
        Api.Response read = api().get("/api/roadmaps/" + planId, officer);
        assertThat(read.json().at("/occurrences/0/status").asText()).isEqualTo("DONE");
        Api.Response closed = api().exchange(HttpMethod.POST, "/api/roadmaps/" + planId + "/closure", officer, null,
                Map.of("If-Match", read.headers().getETag()));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");

        // a school roadmap written afterwards reaches Kafka; the department's plan never does
        String schoolRoadmap = create(curator, Map.of("title", "После плана", "schoolYear", schoolYear()));
        List<ConsumerRecord<String, CloudEvent>> records = KafkaTestClient.readUntil(Topics.ROADMAP_EVENTS,
                Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> schoolRoadmap.equals(r.key())));
        assertThat(records).extracting(ConsumerRecord::key).doesNotContain(planId);
    }

    @Test
    void aRelativeDeadlineGetsItsDateWhenItsAnchorIsDone() {
        String roadmapId = create(curator, Map.of("title", "Карта с относительным сроком", "schoolYear", schoolYear()));
        addAction(curator, roadmapId, "1.1", "Определение модели наставничества", "до " + today.format(RUSSIAN));
        String anchorId = api().get("/api/roadmaps/" + roadmapId, curator).json().at("/actions/0/id").asText();
        Api.Response chosen = api().post("/api/roadmaps/" + roadmapId + "/actions", curator, Map.of(
                "section", "I. Подготовка условий", "number", "1.2", "title", "Приказ о программе наставничества",
                "deadline", "в течение 10 дней после издания приказа", "responsible", "Директор",
                "anchorActionId", anchorId));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(201);
        Api.Response wrong = api().post("/api/roadmaps/" + roadmapId + "/actions", curator, Map.of(
                "section", "I", "number", "1.3", "title", "Совещание", "deadline", "до 30 ноября",
                "responsible", "Директор", "anchorActionId", anchorId));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("code").asText()).isEqualTo("anchor-needs-relative-deadline");

        api().post("/api/roadmaps/" + roadmapId + "/submission", curator, null);
        api().post("/api/roadmaps/" + roadmapId + "/agreement", officer, Map.of());
        api().post("/api/roadmaps/" + roadmapId + "/adoption", head,
                Map.of("orderNumber", "8", "orderDate", today.toString()));
        JsonNode before = api().get("/api/roadmaps/" + roadmapId, curator).json();
        assertThat(before.get("occurrences")).hasSize(1);

        LocalDate doneOn = today.minusDays(2);
        assertThat(api().post("/api/roadmaps/" + roadmapId + "/actions/" + anchorId + "/occurrences/" + today
                + "/completion", curator, Map.of("evidenceKind", "Приказ", "evidenceDate", doneOn.toString()))
                .status()).isEqualTo(204);
        JsonNode after = api().get("/api/roadmaps/" + roadmapId, curator).json();
        assertThat(after.get("occurrences")).hasSize(2);
        assertThat(after.get("occurrences").findValuesAsText("dueDate")).contains(doneOn.plusDays(10).toString());
        assertThat(after.get("history").findValuesAsText("step")).contains("ANCHORED");
    }
}
