package ru.nastavnik.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * A department migrates its schools' published roadmaps in one call: each document is read and saved as a draft of
 * the school it is for, which only that school (and the department) sees; schools outside the municipality are
 * refused before anything starts.
 */
class DocumentBatchApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    IntegrationEventPublisher publisher;

    private final String officer = TestTokens.officer("mun-batch");

    private Api api() {
        return Api.onPort(port);
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = DocumentBatchApiIntegrationTest.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        }
    }

    private void schoolRegistered(String schoolId, String municipalityId, String name) {
        publisher.publish(Topics.REGISTRY_EVENTS, new SchoolRegistered(schoolId, municipalityId, "reg-1", name, "GENERAL"),
                UUID.randomUUID().toString(), Instant.now());
    }

    private JsonNode awaitSchools(int count) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            JsonNode schools = api().get("/api/roadmaps/imports/schools", officer).json();
            if (schools.size() >= count) {
                return schools;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the registry's schools did not reach the directory");
    }

    private JsonNode awaitFinished(String location) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode batch = api().get(location, officer).json();
            if (batch.get("finished").asBoolean()) {
                return batch;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the batch did not finish in 60 s");
    }

    @Test
    void aDepartmentMigratesItsSchoolsDocumentsAsDraftsOfThoseSchools() throws Exception {
        schoolRegistered("batch-a", "mun-batch", "МКОУ «Селищенская ОШ»");
        schoolRegistered("batch-b", "mun-batch", "МБОУ «СОШ № 20»");
        schoolRegistered("batch-foreign", "mun-elsewhere", "Школа другого района");
        JsonNode schools = awaitSchools(2);
        assertThat(schools.findValuesAsText("schoolId")).containsExactlyInAnyOrder("batch-a", "batch-b");

        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("files", Api.file("селищенская.txt", seed("003_be43eb75f4d6e7d9.txt")));
        form.add("files", Api.file("сош20.txt", seed("004_f6f013090ff16a95.txt")));
        form.add("files", Api.file("испорчен.docx", new byte[] {'P', 'K', 3, 4, 0, 0}));
        form.add("schoolIds", "batch-a");
        form.add("schoolIds", "batch-b");
        form.add("schoolIds", "batch-a");
        Api.Response started = api().submit("/api/roadmaps/imports/batches", officer, form);

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("documents").asInt()).isEqualTo(3);
        JsonNode batch = awaitFinished(started.headers().getLocation().toString());
        assertThat(batch.get("done").asInt()).isEqualTo(3);
        assertThat(batch.at("/items/0/status").asText()).isEqualTo("SAVED");
        assertThat(batch.at("/items/0/actions").asInt()).isEqualTo(14);
        assertThat(batch.at("/items/0/warnings").asInt()).as("the lost number 3.3 is flagged").isPositive();
        assertThat(batch.at("/items/0/notes").toString()).contains("на период «2022-2024»");
        assertThat(batch.at("/items/1/status").asText()).isEqualTo("SAVED");
        assertThat(batch.at("/items/1/actions").asInt()).isEqualTo(12);
        assertThat(batch.at("/items/2/status").asText()).isEqualTo("FAILED");
        assertThat(batch.at("/items/2/problem").asText()).isEqualTo("Файл не читается как документ Word (DOCX)");

        String curatorA = TestTokens.curator("batch-a", "mun-batch");
        JsonNode draftsOfA = api().get("/api/roadmaps", curatorA).json();
        assertThat(draftsOfA).as("the failed document left nothing").hasSize(1);
        assertThat(draftsOfA.get(0).get("id").asText()).isEqualTo(batch.at("/items/0/roadmapId").asText());
        JsonNode draftA = api().get("/api/roadmaps/" + batch.at("/items/0/roadmapId").asText(), curatorA).json();
        assertThat(draftA.at("/roadmap/status").asText()).isEqualTo("DRAFT");
        assertThat(draftA.at("/roadmap/kind").asText()).isEqualTo("SCHOOL");
        assertThat(draftA.at("/roadmap/schoolYear").asText()).as("a school's draft covers one school year")
                .matches("\\d{4}/\\d{4}");
        assertThat(draftA.at("/roadmap/actionCount").asInt()).isEqualTo(14);
        assertThat(api().get("/api/roadmaps/" + batch.at("/items/1/roadmapId").asText(), curatorA).status())
                .as("school A does not see school B's draft").isEqualTo(404);
        assertThat(api().get("/api/roadmaps/" + batch.at("/items/1/roadmapId").asText(),
                TestTokens.curator("batch-b", "mun-batch")).json().at("/roadmap/actionCount").asInt()).isEqualTo(12);

        assertThat(api().get(started.headers().getLocation().toString(), curatorA).status())
                .as("the batch is the department's").isEqualTo(404);
        assertThat(api().get(started.headers().getLocation().toString(), TestTokens.officer("mun-elsewhere")).status())
                .isEqualTo(404);
    }

    @Test
    void aSchoolOutsideTheMunicipalityStopsTheBatchBeforeAnythingStarts() throws Exception {
        schoolRegistered("batch-c", "mun-batch-2", "МБОУ СОШ № 3");
        schoolRegistered("batch-outside", "mun-batch-3", "Школа соседнего района");
        String officer2 = TestTokens.officer("mun-batch-2");
        for (int attempt = 0; attempt < 200
                && api().get("/api/roadmaps/imports/schools", officer2).json().isEmpty(); attempt++) {
            Thread.sleep(100);
        }

        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("files", Api.file("a.txt", seed("003_be43eb75f4d6e7d9.txt")));
        form.add("files", Api.file("b.txt", seed("003_be43eb75f4d6e7d9.txt")));
        form.add("schoolIds", "batch-c");
        form.add("schoolIds", "batch-outside");
        Api.Response refused = api().submit("/api/roadmaps/imports/batches", officer2, form);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("Школа batch-outside не найдена среди школ вашего муниципалитета");
        assertThat(api().get("/api/roadmaps", TestTokens.curator("batch-c", "mun-batch-2")).json())
                .as("nothing started").isEmpty();

        LinkedMultiValueMap<String, Object> mismatched = new LinkedMultiValueMap<>();
        mismatched.add("files", Api.file("a.txt", seed("003_be43eb75f4d6e7d9.txt")));
        mismatched.add("schoolIds", "batch-c");
        mismatched.add("schoolIds", "batch-c");
        Api.Response unpaired = api().submit("/api/roadmaps/imports/batches", officer2, mismatched);
        assertThat(unpaired.status()).isEqualTo(422);
        assertThat(unpaired.json().get("detail").asText()).contains("документов 1, школ 2");

        assertThat(api().get("/api/roadmaps/imports/schools", TestTokens.curator("batch-c", "mun-batch-2")).status())
                .as("the list of schools is the department's").isEqualTo(403);
    }

    @Test
    void everyImportEndpointTurnsAwayWhoMayNotUseIt() throws Exception {
        byte[] document = seed("003_be43eb75f4d6e7d9.txt");
        String analyst = TestTokens.analyst("reg-1");
        String curator = TestTokens.curator("batch-own", "mun-batch-3");
        Api.Response started = api().upload("/api/roadmaps/imports/readings", curator, "a.txt", document);
        String reading = "/api/roadmaps/imports/readings/" + started.json().get("id").asText();
        LinkedMultiValueMap<String, Object> oneFile = new LinkedMultiValueMap<>();
        oneFile.add("files", Api.file("a.txt", document));

        for (String path : List.of(reading, "/api/roadmaps/imports/batches/b-x", "/api/roadmaps/imports/schools")) {
            assertThat(api().get(path, null).status()).as("no token: " + path).isEqualTo(401);
            assertThat(api().get(path, analyst).status()).as("the region: " + path).isEqualTo(403);
        }
        assertThat(api().submit("/api/roadmaps/imports/batches", null, oneFile).status()).isEqualTo(401);
        assertThat(api().submit("/api/roadmaps/imports/batches", analyst, oneFile).status()).isEqualTo(403);
        assertThat(api().upload("/api/roadmaps/imports/readings", analyst, "a.txt", document).status()).isEqualTo(403);
        assertThat(api().post("/api/roadmaps/imports", null, Map.of("title", "x")).status()).isEqualTo(401);
        assertThat(api().get(reading, TestTokens.officer("mun-batch-3")).status())
                .as("the department does not read a school's reading").isEqualTo(404);
        assertThat(api().get(reading, TestTokens.curator("batch-other", "mun-batch-3")).status())
                .as("nor does another school").isEqualTo(404);

        LinkedMultiValueMap<String, Object> forAnotherSchool = new LinkedMultiValueMap<>();
        forAnotherSchool.add("files", Api.file("a.txt", document));
        forAnotherSchool.add("schoolIds", "batch-other");
        Api.Response refused = api().submit("/api/roadmaps/imports/batches", curator, forAnotherSchool);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).isEqualTo("Школа импортирует только свои дорожные карты");
        assertThat(api().get("/api/roadmaps", TestTokens.curator("batch-other", "mun-batch-3")).json())
                .as("nothing written for the other school").isEmpty();

        LinkedMultiValueMap<String, Object> emptyFile = new LinkedMultiValueMap<>();
        emptyFile.add("files", Api.file("пусто.docx", new byte[0]));
        Api.Response empty = api().submit("/api/roadmaps/imports/batches", curator, emptyFile);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asText()).isEqualTo("Загрузите непустой файл не больше 10 МБ: «пусто.docx»");
    }
}
