package ru.nastavnik.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.roadmap.document.PdfDocuments;
import ru.nastavnik.roadmap.document.WordDocuments;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/** A published roadmap document: previewed without storing anything, then saved as a draft roadmap. */
class DocumentImportApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final String curator = TestTokens.curator("school-doc", "mun-doc");

    private Api api() {
        return Api.onPort(port);
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = DocumentImportApiIntegrationTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Starts reading a document and follows it until it is read (or fails), as the page does. */
    private JsonNode read(String token, String fileName, byte[] content) throws InterruptedException {
        Api.Response started = api().upload("/api/roadmaps/imports/readings", token, fileName, content);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.headers().getLocation()).hasToString("/api/roadmaps/imports/readings/" + started.json().get("id").asText());
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode reading = api().get(started.headers().getLocation().toString(), token).json();
            if (!reading.get("status").asText().equals("READING")) {
                return reading;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the document was still being read after 30 s");
    }

    private static List<Map<String, String>> rows(JsonNode roadmap) {
        List<Map<String, String>> actions = new ArrayList<>();
        for (JsonNode section : roadmap.get("sections")) {
            for (JsonNode action : section.get("actions")) {
                Map<String, String> row = new HashMap<>();
                row.put("section", section.get("number").asText() + ". " + section.get("title").asText());
                for (String field : List.of("number", "title", "deadline", "responsible", "result")) {
                    row.put(field, action.get(field).asText());
                }
                actions.add(row);
            }
        }
        return actions;
    }

    @Test
    void aDocumentIsReadInTheBackgroundWithItsDeadlinesCheckedThenSavedAsADraft() throws Exception {
        JsonNode reading = read(curator, "этапы.txt", seed("002_451ed4a7e8a47f25.txt"));

        assertThat(reading.get("status").asText()).as(reading.toString()).isEqualTo("READ");
        assertThat(reading.get("pagesRead").asInt()).isEqualTo(reading.get("pages").asInt()).isEqualTo(1);
        JsonNode preview = reading.get("roadmap");
        assertThat(preview.get("orderNumber").asText()).isEqualTo("428");
        assertThat(preview.get("period").asText()).isEqualTo("2020/2021");
        JsonNode first = preview.at("/sections/0/actions/0");
        assertThat(first.get("deadline").asText()).isEqualTo("до 31 ноября");
        assertThat(first.get("warnings").toString()).contains("не существует");
        assertThat(api().get("/api/roadmaps", curator).json()).as("reading stores nothing").isEmpty();
        assertThat(api().get("/api/roadmaps/imports/readings/" + reading.get("id").asText(),
                TestTokens.curator("school-other", "mun-doc")).status()).as("another school's reading").isEqualTo(404);

        List<Map<String, String>> actions = rows(preview);
        Api.Response saved = api().post("/api/roadmaps/imports", curator, Map.of("title",
                preview.get("title").asText(), "schoolYear", "2026/2027", "actions", actions));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        JsonNode roadmap = api().get("/api/roadmaps/" + saved.json().get("id").asText(), curator).json();
        assertThat(roadmap.at("/roadmap/status").asText()).isEqualTo("DRAFT");
        assertThat(roadmap.at("/roadmap/actionCount").asInt()).isEqualTo(22);
        assertThat(roadmap.at("/actions/0/schedule/dueDates/0").asText()).isEqualTo("2026-11-30");

        actions.add(actions.get(0));
        Api.Response repeated = api().post("/api/roadmaps/imports", curator, Map.of("title", "Ещё раз",
                "schoolYear", "2026/2027", "actions", actions));
        assertThat(repeated.status()).isEqualTo(422);
        assertThat(repeated.json().get("detail").asText()).contains("повторяется");
        assertThat(api().get("/api/roadmaps", curator).json()).as("nothing half-written").hasSize(1);

        // the department's document becomes its own plan, which the school does not see while it is a draft
        String officer = TestTokens.officer("mun-doc");
        Api.Response plan = api().post("/api/roadmaps/imports", officer, Map.of("title", "План района",
                "schoolYear", "2026", "actions", actions.subList(0, 3)));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        String planId = plan.json().get("id").asText();
        assertThat(api().get("/api/roadmaps/" + planId, officer).json().at("/roadmap/kind").asText())
                .isEqualTo("MUNICIPAL");
        assertThat(api().get("/api/roadmaps/" + planId, curator).status()).isEqualTo(404);
    }

    @Test
    void aPdfIsReadFromItsTextLayerPageByPage() throws Exception {
        byte[] document = PdfDocuments.pages(List.of(
                List.of("План мероприятий по наставничеству на 2026/2027 учебный год", "1. Организационные меры",
                        "1.1 Приказ о назначении куратора", "до 01.10.2026 Директор Приказ"),
                List.of("1.2 Анкетирование педагогов", "ежегодно (октябрь) Куратор Итоги анкетирования"),
                List.of("2. Обучение", "2.1 Вебинары для наставников", "в течение года Наставники Сертификаты")));

        JsonNode reading = read(curator, "план.pdf", document);

        assertThat(reading.get("status").asText()).as(reading.toString()).isEqualTo("READ");
        assertThat(reading.get("pages").asInt()).isEqualTo(3);
        assertThat(reading.get("pagesRead").asInt()).isEqualTo(3);
        JsonNode survey = reading.at("/roadmap/sections/0/actions/1");
        assertThat(survey.get("number").asText()).isEqualTo("1.2");
        assertThat(survey.get("title").asText()).isEqualTo("Анкетирование педагогов");
        assertThat(survey.get("deadline").asText()).isEqualTo("ежегодно (октябрь)");
        assertThat(survey.get("responsible").asText()).isEqualTo("Куратор");
        assertThat(reading.at("/roadmap/sections/1/actions/0/result").asText()).isEqualTo("Сертификаты");
    }

    @Test
    void aWordDocumentIsReadAsItsTable() throws Exception {
        byte[] docx = new WordDocuments()
                .paragraph("УТВЕРЖДЕНА приказом директора от 29.08.2026 № 301")
                .paragraph("Дорожная карта наставничества на 2026/2027 учебный год")
                .table("№", "Мероприятие", "Срок", "Ответственный", "Результат")
                .mergedRow("1. Подготовка")
                .row("1.1", "Приказ о кураторе", "до 15 сентября", "Директор", "Приказ")
                .row("1.2", "Положение о наставничестве", null, "Куратор", "Положение")
                .bytes();

        JsonNode reading = read(curator, "карта.docx", docx);

        assertThat(reading.get("status").asText()).as(reading.toString()).isEqualTo("READ");
        assertThat(reading.at("/roadmap/orderNumber").asText()).isEqualTo("301");
        assertThat(reading.at("/roadmap/sections/0/title").asText()).isEqualTo("Подготовка");
        assertThat(reading.at("/roadmap/sections/0/actions/1/deadline").asText()).isEqualTo("до 15 сентября");
        assertThat(reading.at("/roadmap/sections/0/actions/1/responsible").asText()).isEqualTo("Куратор");
    }

    @Test
    void whatCannotBeReadIsRefusedInRussianAndOnlyEditorsImport() throws Exception {
        Api.Response doc = api().upload("/api/roadmaps/imports/readings", curator, "план.doc",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThat(doc.status()).isEqualTo(422);
        assertThat(doc.json().get("detail").asText()).contains("Старый формат Word (.doc) не читается");
        JsonNode broken = read(curator, "план.docx", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(broken.get("status").asText()).isEqualTo("FAILED");
        assertThat(broken.get("problem").asText()).isEqualTo("Файл не читается как документ Word (DOCX)");
        Api.Response empty = api().upload("/api/roadmaps/imports/readings", curator, "пусто.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        byte[] text = "1.1 Приказ\nдо 01.10.2026 Директор Приказ".getBytes(StandardCharsets.UTF_8);
        assertThat(api().upload("/api/roadmaps/imports/readings", TestTokens.analyst("reg-1"), "a.txt", text).status())
                .isEqualTo(403);
        assertThat(api().upload("/api/roadmaps/imports/readings", null, "a.txt", text).status()).isEqualTo(401);
        List<Map<String, String>> oneAction = List.of(Map.of("section", "1. Подготовка", "number", "1.1",
                "title", "Приказ", "deadline", "до 01.10.2026"));
        assertThat(api().post("/api/roadmaps/imports", TestTokens.analyst("reg-1"), Map.of("title", "x",
                "schoolYear", "2026/2027", "actions", oneAction)).status()).isEqualTo(403);
        Api.Response noActions = api().post("/api/roadmaps/imports", curator, Map.of("title", "x",
                "schoolYear", "2026/2027", "actions", List.of()));
        assertThat(noActions.status()).isEqualTo(400);
        assertThat(noActions.json().get("detail").asText()).contains("нет ни одного мероприятия");
        Api.Response otherSchool = api().post("/api/roadmaps/imports", curator, Map.of("title", "x",
                "schoolYear", "2026/2027", "actions", oneAction, "schoolId", "school-other"));
        assertThat(otherSchool.status()).isEqualTo(403);
        assertThat(api().get("/api/roadmaps/imports/readings/no-such-reading", curator).status()).isEqualTo(404);
    }

    @Test
    void aReadingIsAnsweredByAnyInstanceAndOneWhoseInstanceWentDownEndsAsFailed() throws Exception {
        JsonNode read = read(curator, "этапы.txt", seed("002_451ed4a7e8a47f25.txt"));
        Integer kept = jdbc.queryForObject("SELECT count(*) FROM document_import_job WHERE id = ? AND view->>'status' = 'READ'",
                Integer.class, read.get("id").asText());
        assertThat(kept).as("the reading lives in the database, where every instance finds it").isEqualTo(1);

        // another instance started reading a document, then went down before it finished
        jdbc.update("""
                INSERT INTO document_import_job (id, owner, kind, view, updated_at)
                VALUES ('lost-1', 'school-doc', 'READING',
                        '{"id":"lost-1","fileName":"план.pdf","status":"READING","pagesRead":2,"pages":40}'::jsonb,
                        now() - interval '11 minutes')""");

        JsonNode lost = api().get("/api/roadmaps/imports/readings/lost-1", curator).json();
        assertThat(lost.get("status").asText()).isEqualTo("FAILED");
        assertThat(lost.get("problem").asText()).contains("загрузите документ ещё раз");
    }
}
