package ru.nastavnik.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/** A published roadmap document: previewed without storing anything, then saved as a draft roadmap. */
class DocumentImportApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    private final String curator = TestTokens.curator("school-doc", "mun-doc");

    private Api api() {
        return Api.onPort(port);
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = DocumentImportApiIntegrationTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A PDF with a text layer, written the way a school's scanner-free export writes it. */
    private static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream fontFile = DocumentImportApiIntegrationTest.class
                     .getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 10);
                content.newLineAtOffset(40, 750);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aDocumentIsPreviewedWithItsDeadlinesCheckedThenSavedAsADraft() throws IOException {
        Api.Response preview = api().upload("/api/roadmaps/imports/preview", curator, "этапы.txt",
                seed("002_451ed4a7e8a47f25.txt"));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("orderNumber").asText()).isEqualTo("428");
        assertThat(preview.json().get("period").asText()).isEqualTo("2020/2021");
        JsonNode first = preview.json().at("/sections/0/actions/0");
        assertThat(first.get("deadline").asText()).isEqualTo("до 31 ноября");
        assertThat(first.get("warnings").toString()).contains("не существует");
        assertThat(api().get("/api/roadmaps", curator).json()).isEmpty();

        List<Map<String, String>> actions = new ArrayList<>();
        for (JsonNode section : preview.json().get("sections")) {
            for (JsonNode action : section.get("actions")) {
                Map<String, String> row = new HashMap<>();
                row.put("section", section.get("number").asText() + ". " + section.get("title").asText());
                for (String field : List.of("number", "title", "deadline", "responsible", "result")) {
                    row.put(field, action.get(field).asText());
                }
                actions.add(row);
            }
        }
        Api.Response saved = api().post("/api/roadmaps/imports", curator, Map.of("title",
                preview.json().get("title").asText(), "schoolYear", "2026/2027", "actions", actions));
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
    void aPdfIsReadFromItsTextLayer() throws IOException {
        byte[] document = pdf(List.of("План мероприятий по наставничеству на 2026/2027 учебный год",
                "1. Организационные меры", "1.1 Приказ о назначении куратора", "до 01.10.2026 Директор Приказ",
                "1.2 Анкетирование педагогов", "ежегодно (октябрь) Куратор Итоги анкетирования"));

        Api.Response preview = api().upload("/api/roadmaps/imports/preview", curator, "план.pdf", document);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode survey = preview.json().at("/sections/0/actions/1");
        assertThat(survey.get("number").asText()).isEqualTo("1.2");
        assertThat(survey.get("title").asText()).isEqualTo("Анкетирование педагогов");
        assertThat(survey.get("deadline").asText()).isEqualTo("ежегодно (октябрь)");
        assertThat(survey.get("responsible").asText()).isEqualTo("Куратор");
    }

    @Test
    void whatCannotBeReadIsRefusedInRussianAndOnlyEditorsImport() {
        Api.Response docx = api().upload("/api/roadmaps/imports/preview", curator, "план.docx",
                new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(docx.status()).isEqualTo(422);
        assertThat(docx.json().get("detail").asText()).contains("DOCX пока не читаются");
        Api.Response empty = api().upload("/api/roadmaps/imports/preview", curator, "пусто.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        byte[] text = "1.1 Приказ\nдо 01.10.2026 Директор Приказ".getBytes(StandardCharsets.UTF_8);
        assertThat(api().upload("/api/roadmaps/imports/preview", TestTokens.analyst("reg-1"), "a.txt", text).status())
                .isEqualTo(403);
        assertThat(api().upload("/api/roadmaps/imports/preview", null, "a.txt", text).status()).isEqualTo(401);
        List<Map<String, String>> oneAction = List.of(Map.of("section", "1. Подготовка", "number", "1.1",
                "title", "Приказ", "deadline", "до 01.10.2026"));
        assertThat(api().post("/api/roadmaps/imports", TestTokens.analyst("reg-1"), Map.of("title", "x",
                "schoolYear", "2026/2027", "actions", oneAction)).status()).isEqualTo(403);
        Api.Response noActions = api().post("/api/roadmaps/imports", curator, Map.of("title", "x",
                "schoolYear", "2026/2027", "actions", List.of()));
        assertThat(noActions.status()).isEqualTo(400);
        assertThat(noActions.json().get("detail").asText()).contains("нет ни одного мероприятия");
    }
}
