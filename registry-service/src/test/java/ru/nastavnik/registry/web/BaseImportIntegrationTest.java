package ru.nastavnik.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/** A school's spreadsheet: previewed without storing anything, imported with progress, never twice. */
class BaseImportIntegrationTest extends ServiceIntegrationTest {

    private static final byte[] FILE = """
            ФИО;Дата рождения;Класс;Роль;ФИО родителя;Дата согласия;Запросы;Стаж
            Абрамова Ева Сергеевна;12.04.2013;7;наставляемый;Абрамов Сергей;01.09.2026;Профессиональная ориентация;
            Белов Максим Ильич;03.03.2012;8;наставляемый;Белова Ольга;01.09.2026;;
            Белов Максим Ильич;03.03.2012;8;наставляемый;Белова Ольга;01.09.2026;;
            Васильев Юрий;01.01.2013;7;наставляемый;;01.09.2026;;
            Григорьева Анна;31.02.2013;7;наставляемый;Григорьев;01.09.2026;;
            Дмитриев Олег Петрович;10.10.1985;;наставник;;01.09.2026;;15
            Егоров Павел;11.11.1980;;наставник;;01.09.2026;;
            """.getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String curator = TestTokens.curator("school-m", "mun-m");

    private Api api() {
        return Api.onPort(port);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private JsonNode finished(String jobId, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode job = api().get("/api/registry/imports/" + jobId, token).json();
        while (!job.get("finished").asBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            job = api().get("/api/registry/imports/" + jobId, token).json();
        }
        return job;
    }

    @Test
    void aPreviewStoresNothingAndSaysWhatEachRowWouldBecome() {
        long eventsBefore = storedEvents();
        long keysBefore = jdbc.queryForObject("SELECT count(*) FROM person_key", Long.class);

        Api.Response preview = api().upload("/api/registry/imports/preview", curator, "база.csv", FILE);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        JsonNode rows = preview.json().get("rows");
        assertThat(rows.findValuesAsText("status"))
                .containsExactly("READY", "READY", "DUPLICATE", "ERROR", "ERROR", "READY", "ERROR");
        assertThat(rows.get(2).get("problems").get(0).asText()).isEqualTo("этот человек уже есть выше в файле");
        assertThat(rows.get(3).get("problems").get(0).asText()).contains("За несовершеннолетнего согласие подписывает родитель");
        assertThat(rows.get(4).get("problems").get(0).asText()).contains("«31.02.2013» не похожа на дату");
        assertThat(rows.get(5).get("role").asText()).isEqualTo("Наставник");
        assertThat(rows.get(6).get("problems").get(0).asText()).isEqualTo("Укажите педагогический стаж");
        assertThat(preview.json().get("ready").asInt()).isEqualTo(3);
        assertThat(preview.json().get("duplicates").asInt()).isEqualTo(1);
        assertThat(preview.json().get("errors").asInt()).isEqualTo(3);
        assertThat(preview.json().get("columns").get("REQUESTS").asText()).isEqualTo("Запросы");
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_key", Long.class)).isEqualTo(keysBefore);
    }

    @Test
    void anImportEntersTheGoodRowsWithProgressAndASecondImportAddsNoOne() throws InterruptedException {
        Api.Response started = api().upload("/api/registry/imports", curator, "база.csv", FILE);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("total").asInt()).isEqualTo(7);
        String jobId = started.json().get("id").asText();

        JsonNode job = finished(jobId, curator);
        assertThat(job.get("done").asInt()).isEqualTo(7);
        assertThat(job.get("created").asInt()).isEqualTo(3);
        assertThat(job.get("duplicates").asInt()).isEqualTo(1);
        assertThat(job.get("failed").asInt()).isEqualTo(3);
        assertThat(job.get("outcomes").findValuesAsText("line")).containsExactly("4", "5", "6", "8");
        assertThat(job.get("outcomes").toString()).as("the kept progress quotes no value of a row")
                .doesNotContain("31.02.2013").contains("«…» не похожа на дату");
        assertThat(job.toString()).doesNotContain("Белов").doesNotContain("Васильев");

        JsonNode base = api().get("/api/registry/participants?q=Абрамова", curator).json();
        assertThat(base).hasSize(1);
        assertThat(base.get(0).at("/requests/0/code").asText()).isEqualTo("CAREER_GUIDANCE");
        assertThat(base.get(0).at("/consent/signerName").asText()).isEqualTo("Абрамов Сергей");

        JsonNode again = finished(api().upload("/api/registry/imports", curator, "база.csv", FILE).json()
                .get("id").asText(), curator);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(4);
        assertThat(api().get("/api/registry/participants", curator).json()).hasSize(3);
    }

    @Test
    void importsAreTheSchoolsOwnAndBadFilesAreRefusedInRussian() throws InterruptedException {
        String jobId = api().upload("/api/registry/imports", TestTokens.curator("school-n", "mun-m"), "b.csv",
                "ФИО;Дата рождения;Категория;Стаж;Дата согласия\nОрлов Пётр;01.01.1999;молодой педагог;2;01.09.2026\n".getBytes(StandardCharsets.UTF_8))
                .json().get("id").asText();
        assertThat(api().get("/api/registry/imports/" + jobId, curator).status()).isEqualTo(404);
        assertThat(finished(jobId, TestTokens.curator("school-n", "mun-m")).get("created").asInt()).isEqualTo(1);

        for (String token : new String[] {TestTokens.officer("mun-m"), TestTokens.analyst("reg-1")}) {
            assertThat(api().upload("/api/registry/imports/preview", token, "база.csv", FILE).status()).isEqualTo(403);
            assertThat(api().upload("/api/registry/imports", token, "база.csv", FILE).status()).isEqualTo(403);
            assertThat(api().get("/api/registry/imports/" + jobId, token).status()).isEqualTo(403);
        }
        assertThat(api().upload("/api/registry/imports", null, "база.csv", FILE).status()).isEqualTo(401);

        Api.Response noHeaders = api().upload("/api/registry/imports/preview", curator, "x.csv",
                "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noHeaders.status()).isEqualTo(422);
        assertThat(noHeaders.json().get("detail").asText()).contains("«ФИО» и «Дата рождения»");
        Api.Response empty = api().upload("/api/registry/imports/preview", curator, "x.csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asText()).isEqualTo("Файл пустой");
    }

    @Test
    void aPartnersEmployeeIsLinkedToThePartnerTheRowNames() throws InterruptedException {
        String school = TestTokens.curator("school-r", "mun-m");
        String partnerId = api().post("/api/registry/partners", school, Map.of("name", "АО «Приборный завод»",
                "kind", "ENTERPRISE")).json().get("id").asText();
        byte[] file = ("ФИО;Дата рождения;Роль;Категория;Организация-партнёр;Дата согласия\n"
                + "Токарев Иван Петрович;04.04.1980;наставник;сотрудник партнёра;ао \"Приборный завод\";01.09.2026\n"
                + "Фрезеров Пётр;05.05.1981;наставник;сотрудник партнёра;ООО «Неизвестное»;01.09.2026\n")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode preview = api().upload("/api/registry/imports/preview", school, "партнёры.csv", file).json();
        assertThat(preview.get("rows").findValuesAsText("status")).containsExactly("READY", "ERROR");
        assertThat(preview.at("/rows/1/problems/0").asText()).contains("«ООО «Неизвестное»» не найдена среди партнёров");

        JsonNode job = finished(api().upload("/api/registry/imports", school, "партнёры.csv", file).json()
                .get("id").asText(), school);
        assertThat(job.get("created").asInt()).isEqualTo(1);
        assertThat(api().get("/api/registry/partners/" + partnerId, school).json().get("mentors").asInt()).isEqualTo(1);
    }

    /** 200 MB of one repeated letter in the shared strings, deflated to a few hundred kilobytes. */
    static byte[] spreadsheetBomb() throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (String name : new String[] {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst><si><t>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "A".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int mb = 0; mb < 200; mb++) {
                zip.write(chunk);
            }
            zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aSpreadsheetThatInflatesToHundredsOfMegabytesIsRefusedAndTheServiceLivesOn() throws Exception {
        byte[] bomb = spreadsheetBomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long events = storedEvents();

        for (String path : new String[] {"/api/registry/imports/preview", "/api/registry/imports"}) {
            Api.Response refused = api().upload(path, curator, "база.xlsx", bomb);
            assertThat(refused.status()).as(path + " " + refused).isEqualTo(422);
            assertThat(refused.json().get("detail").asText()).contains("после распаковки слишком велик");
        }

        assertThat(storedEvents()).isEqualTo(events);
        assertThat(api().upload("/api/registry/imports/preview", curator, "база.csv", FILE).status()).isEqualTo(200);
    }
}
