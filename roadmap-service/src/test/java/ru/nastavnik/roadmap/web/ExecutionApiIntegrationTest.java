package ru.nastavnik.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.roadmap.query.OverdueSweep;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/** An adopted roadmap executed: overdue by itself, due soon, done with evidence, per tenant. */
class ExecutionApiIntegrationTest extends ServiceIntegrationTest {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @LocalServerPort
    int port;

    @Autowired
    OverdueSweep sweep;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private final String curator = TestTokens.curator("school-x", "mun-x");
    private final String head = TestTokens.head("school-x", "mun-x");
    private final String officer = TestTokens.officer("mun-x");

    private Api api() {
        return Api.onPort(port);
    }

    private static String schoolYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "/" + (start + 1);
    }

    /** Creates, fills, submits, agrees and adopts a roadmap with one action due on the given date. */
    private String adoptedRoadmapDue(LocalDate due) {
        Api.Response created = api().post("/api/roadmaps", curator,
                Map.of("title", "Исполнение " + due, "schoolYear", schoolYearOf(due)));
        String id = created.json().get("id").asText();
        api().post("/api/roadmaps/" + id + "/actions", curator, Map.of("section", "2. Базы", "number", "2.1",
                "title", "Формирование базы наставников", "deadline", "до " + due.format(RUSSIAN),
                "responsible", "Куратор", "result", "Список наставников"));
        api().post("/api/roadmaps/" + id + "/submission", curator, null);
        api().post("/api/roadmaps/" + id + "/agreement", officer, Map.of());
        Api.Response adopted = api().post("/api/roadmaps/" + id + "/adoption", head,
                Map.of("orderNumber", "7", "orderDate", today.toString()));
        assertThat(adopted.json().get("status").asText()).as(adopted.toString()).isEqualTo("IN_EXECUTION");
        return id;
    }

    private static boolean lists(JsonNode occurrences, String roadmapId) {
        for (JsonNode occurrence : occurrences) {
            if (occurrence.get("roadmapId").asText().equals(roadmapId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void pastDatesTurnOverdueByThemselvesNearOnesShowAsDueSoonAndEvidenceClosesThem() {
        LocalDate past = today.minusDays(40);
        String late = adoptedRoadmapDue(past);
        String soon = adoptedRoadmapDue(today.plusDays(5));

        sweep.sweep();
        assertThat(sweep.sweep()).as("a second sweep finds nothing left to mark").isZero();

        JsonNode attention = api().get("/api/roadmaps/attention", curator).json();
        assertThat(lists(attention.get("overdue"), late)).isTrue();
        assertThat(lists(attention.get("dueSoon"), soon)).isTrue();
        assertThat(lists(attention.get("overdue"), soon)).isFalse();
        JsonNode departments = api().get("/api/roadmaps/attention", officer).json();
        assertThat(lists(departments.get("overdue"), late)).isTrue();
        JsonNode otherSchool = api().get("/api/roadmaps/attention", TestTokens.curator("school-y", "mun-x")).json();
        assertThat(lists(otherSchool.get("overdue"), late)).isFalse();
        assertThat(lists(api().get("/api/roadmaps/attention", TestTokens.officer("mun-y")).json().get("overdue"), late))
                .isFalse();
        assertThat(api().get("/api/roadmaps/attention", TestTokens.analyst("reg-1")).status()).isEqualTo(403);
        assertThat(api().get("/api/roadmaps/attention", null).status()).isEqualTo(401);

        JsonNode occurrence = api().get("/api/roadmaps/" + late, curator).json().at("/occurrences/0");
        assertThat(occurrence.get("status").asText()).isEqualTo("OVERDUE");
        String completion = "/api/roadmaps/" + late + "/actions/" + occurrence.get("actionId").asText()
                + "/occurrences/" + past + "/completion";
        Map<String, String> evidence = Map.of("evidenceKind", "Приказ", "evidenceNumber", "15",
                "evidenceDate", today.toString(), "evidenceLink", "https://school-x.example/prikaz-15.pdf");

        assertThat(api().post(completion, officer, evidence).status()).isEqualTo(403);
        assertThat(api().post(completion, TestTokens.curator("school-y", "mun-x"), evidence).status()).isEqualTo(404);
        Api.Response noKind = api().post(completion, curator, Map.of("evidenceDate", today.toString()));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().at("/fields/evidenceKind").asText()).contains("вид документа");
        assertThat(api().post(completion.replace(past.toString(), past.plusDays(1).toString()), curator, evidence)
                .status()).isEqualTo(404);

        assertThat(api().post(completion, curator, evidence).status()).isEqualTo(204);
        JsonNode done = api().get("/api/roadmaps/" + late, officer).json().at("/occurrences/0");
        assertThat(done.get("status").asText()).isEqualTo("DONE_LATE");
        assertThat(done.get("evidenceLink").asText()).isEqualTo("https://school-x.example/prikaz-15.pdf");
        assertThat(api().post(completion, curator, evidence).status()).isEqualTo(409);
        assertThat(lists(api().get("/api/roadmaps/attention", curator).json().get("overdue"), late)).isFalse();

        List<String> types = KafkaTestClient.readUntil(Topics.ROADMAP_EVENTS, Duration.ofSeconds(30),
                        seen -> seen.stream().anyMatch(r -> late.equals(r.key())
                                && r.value().getType().equals("roadmap.RoadmapOccurrenceCompleted.v1"))).stream()
                .filter(r -> late.equals(r.key())).map(r -> r.value().getType()).toList();
        assertThat(types).containsSubsequence("roadmap.RoadmapAdopted.v1", "roadmap.RoadmapOccurrenceOverdue.v1",
                "roadmap.RoadmapOccurrenceCompleted.v1");
    }

    @Test
    void aCancellationNeedsAReasonAndLeavesTheBoard() {
        LocalDate due = today.plusDays(3);
        String id = adoptedRoadmapDue(due);
        String actionId = api().get("/api/roadmaps/" + id, curator).json().at("/occurrences/0/actionId").asText();
        String cancellation = "/api/roadmaps/" + id + "/actions/" + actionId + "/occurrences/" + due + "/cancellation";

        assertThat(api().post(cancellation, curator, Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(api().post(cancellation, curator, Map.of("reason", "Перенесено на следующий год")).status())
                .isEqualTo(204);

        JsonNode occurrence = api().get("/api/roadmaps/" + id, curator).json().at("/occurrences/0");
        assertThat(occurrence.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(occurrence.get("cancelReason").asText()).isEqualTo("Перенесено на следующий год");
        assertThat(lists(api().get("/api/roadmaps/attention", curator).json().get("dueSoon"), id)).isFalse();
    }

    @Test
    void theExecutionReportComesAsJsonXlsxAndAPdfInRussian() throws Exception {
        LocalDate past = today.minusDays(30);
        String id = adoptedRoadmapDue(past);
        String actionId = api().get("/api/roadmaps/" + id, curator).json().at("/occurrences/0/actionId").asText();
        api().post("/api/roadmaps/" + id + "/actions/" + actionId + "/occurrences/" + past + "/completion", curator,
                Map.of("evidenceKind", "Список наставников", "evidenceNumber", "3", "evidenceDate", today.toString()));
        String period = "?from=" + past.minusDays(1) + "&to=" + past.plusDays(1);

        JsonNode report = api().get("/api/roadmaps/" + id + "/report" + period, officer).json();
        assertThat(report.at("/totals/DONE_LATE").asInt()).isEqualTo(1);
        assertThat(report.get("onTimeShare").asDouble()).isZero();
        assertThat(report.at("/sections/0/name").asText()).isEqualTo("2. Базы");
        assertThat(report.at("/sections/0/lines/0/evidence").asText()).startsWith("Список наставников № 3 от ");

        Api.Response xlsx = api().get("/api/roadmaps/" + id + "/report/xlsx" + period, curator);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.headers().getContentDisposition().getFilename()).endsWith(".xlsx");
        List<String> cells = new java.util.ArrayList<>();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            workbook.getFirstSheet().openStream().forEach(row -> row.forEach(cell -> cells.add(cell.getText())));
        }
        assertThat(cells).contains("Отчёт об исполнении дорожной карты", "Формирование базы наставников",
                "Выполнено с опозданием", "Доля выполненных в срок");

        Api.Response pdf = api().get("/api/roadmaps/" + id + "/report/pdf" + period, curator);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text).contains("СПРАВКА", "об исполнении дорожной карты", "Формирование базы наставников",
                "Выполнено с опозданием", "Доля выполненных в срок: 0%", "Утверждена приказом № 7");

        assertThat(api().get("/api/roadmaps/" + id + "/report" + period,
                TestTokens.curator("school-y", "mun-x")).status()).isEqualTo(404);
        assertThat(api().get("/api/roadmaps/" + id + "/report/pdf" + period, TestTokens.officer("mun-y")).status())
                .isEqualTo(404);
        assertThat(api().get("/api/roadmaps/" + id + "/report?from=" + today + "&to=" + past, curator).status())
                .isEqualTo(400);
        assertThat(api().get("/api/roadmaps/" + id + "/report/xlsx" + period, null).status()).isEqualTo(401);
        assertThat(api().get("/api/roadmaps/" + id + "/report/pdf" + period, TestTokens.analyst("reg-1")).status())
                .isEqualTo(404);
        String draft = api().post("/api/roadmaps", curator, Map.of("title", "Черновик", "schoolYear",
                schoolYearOf(today))).json().get("id").asText();
        Api.Response notAdopted = api().get("/api/roadmaps/" + draft + "/report" + period, curator);
        assertThat(notAdopted.status()).isEqualTo(409);
        assertThat(notAdopted.json().get("detail").asText()).isEqualTo("Отчёт об исполнении доступен для утверждённой дорожной карты");
    }

    @Test
    void nextYearsRoadmapContinuesLastYearsWithItsUnfinishedAndRecurringActions() {
        LocalDate past = today.minusDays(40);
        String year = schoolYearOf(past);
        String previous = api().post("/api/roadmaps", curator, Map.of("title", "Карта прошлого года",
                "schoolYear", year)).json().get("id").asText();
        for (String[] action : new String[][] {{"2.1", "до " + past.format(RUSSIAN)},
                {"2.2", "до " + past.plusDays(1).format(RUSSIAN)}, {"3.1", "ежегодно (ноябрь)"}}) {
            api().post("/api/roadmaps/" + previous + "/actions", curator, Map.of("section", "Раздел", "number",
                    action[0], "title", "Мероприятие " + action[0], "deadline", action[1], "responsible", "Куратор"));
        }
        api().post("/api/roadmaps/" + previous + "/submission", curator, null);
        api().post("/api/roadmaps/" + previous + "/agreement", officer, Map.of());
        api().post("/api/roadmaps/" + previous + "/adoption", head, Map.of("orderNumber", "1", "orderDate", today.toString()));
        JsonNode details = api().get("/api/roadmaps/" + previous, curator).json();
        String finished = details.at("/actions/0/id").asText();
        assertThat(api().post("/api/roadmaps/" + previous + "/actions/" + finished + "/occurrences/" + past + "/completion",
                curator, Map.of("evidenceKind", "Список", "evidenceDate", today.toString())).status()).isEqualTo(204);

        int start = Integer.parseInt(year.substring(0, 4)) + 1;
        String nextYear = start + "/" + (start + 1);
        Api.Response continued = api().post("/api/roadmaps", curator, Map.of("title", "Карта нового года",
                "schoolYear", nextYear, "previousRoadmapId", previous));
        assertThat(continued.status()).as(continued.toString()).isEqualTo(201);
        JsonNode next = api().get("/api/roadmaps/" + continued.json().get("id").asText(), curator).json();
        assertThat(next.get("actions")).extracting(action -> action.get("number").asText()).containsExactly("2.2", "3.1");
        assertThat(next.at("/actions/1/schedule/dueDates/0").asText()).isEqualTo(start + "-11-30");
        assertThat(next.at("/history/0/comment").asText()).startsWith("Продолжение дорожной карты");

        Api.Response sameYear = api().post("/api/roadmaps", curator, Map.of("title", "Ещё одна", "schoolYear", year,
                "previousRoadmapId", previous));
        assertThat(sameYear.status()).isEqualTo(422);
        Api.Response fromDraft = api().post("/api/roadmaps", curator, Map.of("title", "Из черновика",
                "schoolYear", (start + 1) + "/" + (start + 2), "previousRoadmapId", continued.json().get("id").asText()));
        assertThat(fromDraft.status()).isEqualTo(409);
        assertThat(api().post("/api/roadmaps", TestTokens.curator("school-y", "mun-x"), Map.of("title", "Чужая",
                "schoolYear", nextYear, "previousRoadmapId", previous)).status()).isEqualTo(404);
    }
}
