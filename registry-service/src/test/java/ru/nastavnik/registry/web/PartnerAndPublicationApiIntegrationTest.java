package ru.nastavnik.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/** Partner organisations that provide mentors, and the municipality's bank of practices and programmes. */
class PartnerAndPublicationApiIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private final String curator = TestTokens.curator("school-p", "mun-p");
    private final String neighbour = TestTokens.curator("school-q", "mun-p");
    private final String stranger = TestTokens.curator("school-z", "mun-z");
    private final String officer = TestTokens.officer("mun-p");
    private final String analyst = TestTokens.analyst("reg-1");

    private Api api() {
        return Api.onPort(port);
    }

    private static final String SUMMARY = "Десятиклассники ведут клуб робототехники для шестиклассников: "
            + "встречи раз в неделю, общий проект к концу четверти.";

    private Map<String, Object> employee(String name, String partnerId) {
        Map<String, Object> person = new HashMap<>(Map.of("role", "MENTOR", "category", "PARTNER_EMPLOYEE",
                "fullName", name, "birthDate", "1988-03-03",
                "consent", Map.of("signedBy", "PERSON", "signedOn", today.toString(), "scopes", List.of("PROCESSING"))));
        if (partnerId != null) {
            person.put("partnerId", partnerId);
        }
        return person;
    }

    @Test
    void aPartnerWithAnAgreementProvidesMentorsAndTheDepartmentCountsIt() {
        api().post("/api/registry/schools", officer, Map.of("schoolId", "school-p", "name", "Школа П", "kind", "GENERAL"));
        Api.Response registered = api().post("/api/registry/partners", curator, Map.of("name", "АО «Станкозавод»",
                "kind", "ENTERPRISE", "inn", "7701234567", "contacts", "+7 495 000-00-00"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String partnerId = registered.json().get("id").asText();
        Api.Response signed = api().post("/api/registry/partners/" + partnerId + "/agreements", curator,
                Map.of("number", "7-С", "signedOn", today.toString(), "validUntil", today.plusYears(1).toString(),
                        "subject", "Наставничество «работодатель – ученик»"));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().at("/agreements/0/active").asBoolean()).isTrue();
        // monitoring learns the agreement's term (never its number or subject) from the registry's topic
        var published = ru.nastavnik.testing.KafkaTestClient.readUntil(ru.nastavnik.contracts.Topics.REGISTRY_EVENTS,
                java.time.Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> partnerId.equals(r.key())
                        && "registry.PartnerAgreementSigned.v1".equals(r.value().getType())));
        String agreement = new String(published.stream().filter(r -> partnerId.equals(r.key())
                && "registry.PartnerAgreementSigned.v1".equals(r.value().getType())).findFirst().orElseThrow()
                .value().getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(agreement).contains("\"signedOn\":\"" + today + "\"").contains("\"schoolId\":\"school-p\"")
                .doesNotContain("7-С").doesNotContain("Наставничество");

        Api.Response withoutPartner = api().post("/api/registry/participants", curator, employee("Инженеров Пётр", null));
        assertThat(withoutPartner.status()).isEqualTo(422);
        assertThat(withoutPartner.json().get("detail").asText()).contains("организацию-партнёра");
        String othersPartner = api().post("/api/registry/partners", neighbour, Map.of("name", "ООО «Соседи»",
                "kind", "OTHER")).json().get("id").asText();
        Api.Response foreignPartner = api().post("/api/registry/participants", curator,
                employee("Инженеров Пётр", othersPartner));
        assertThat(foreignPartner.status()).isEqualTo(422);
        assertThat(foreignPartner.json().get("code").asText()).isEqualTo("partner-unknown");
        assertThat(api().post("/api/registry/participants", curator, employee("Инженеров Пётр", partnerId)).status())
                .isEqualTo(201);

        assertThat(api().get("/api/registry/partners/" + partnerId, curator).json().get("mentors").asInt()).isEqualTo(1);
        JsonNode counts = api().get("/api/registry/participants/counts", officer).json().get("schools");
        JsonNode school = null;
        for (JsonNode each : counts) {
            school = each.get("schoolId").asText().equals("school-p") ? each : school;
        }
        assertThat(school).isNotNull();
        assertThat(school.get("partners").asInt()).isEqualTo(1);
        assertThat(school.get("partnersProvidingMentors").asInt()).isEqualTo(1);

        assertThat(api().get("/api/registry/partners", officer).json().findValuesAsText("id"))
                .contains(partnerId, othersPartner);
        assertThat(api().get("/api/registry/partners/" + partnerId, officer).status()).isEqualTo(200);
        assertThat(api().get("/api/registry/partners/" + partnerId, TestTokens.officer("mun-z")).status()).isEqualTo(404);
        assertThat(api().get("/api/registry/partners/" + partnerId, neighbour).status()).isEqualTo(404);
        assertThat(api().post("/api/registry/partners/" + partnerId + "/agreements", neighbour,
                Map.of("number", "8", "signedOn", today.toString())).status()).isEqualTo(404);
        assertThat(api().post("/api/registry/partners/" + partnerId + "/agreements", officer,
                Map.of("number", "8", "signedOn", today.toString())).status()).isEqualTo(403);
        assertThat(api().get("/api/registry/partners", analyst).status()).isEqualTo(403);
        assertThat(api().get("/api/registry/partners/" + partnerId, analyst).status()).isEqualTo(403);
        assertThat(api().get("/api/registry/partners", null).status()).isEqualTo(401);
        Api.Response badInn = api().post("/api/registry/partners", curator, Map.of("name", "ИП", "kind", "OTHER",
                "inn", "123"));
        assertThat(badInn.status()).isEqualTo(422);
    }

    @Test
    void aPracticeIsSharedWithTheWholeMunicipalityAndOnlyItsSchoolChangesIt() {
        Api.Response published = api().post("/api/registry/publications", curator, Map.of("kind", "PRACTICE",
                "title", "Клуб робототехники «Старший — младшему»", "form", "ученик – ученик", "summary", SUMMARY,
                "results", "12 пар, 3 проекта на муниципальном конкурсе", "link", "https://school-p.example/robots"));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String id = published.json().get("id").asText();

        for (String reader : List.of(neighbour, officer, TestTokens.token("mentor-q", List.of("mentor"), "school-q",
                "mun-p", "reg-1"))) {
            JsonNode found = api().get("/api/registry/publications?q=робототехник", reader).json();
            assertThat(found.findValuesAsText("id")).contains(id);
        }
        assertThat(api().get("/api/registry/publications?kind=PROGRAMME&q=робототехник", neighbour).json()
                .findValuesAsText("id")).doesNotContain(id);
        assertThat(api().get("/api/registry/publications?q=робототехник", stranger).json().findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(api().get("/api/registry/publications/" + id, stranger).status()).isEqualTo(404);
        assertThat(api().get("/api/registry/publications", analyst).status()).isEqualTo(403);
        assertThat(api().get("/api/registry/publications", null).status()).isEqualTo(401);

        Map<String, String> revision = Map.of("title", "Клуб робототехники", "form", "ученик – ученик",
                "summary", SUMMARY);
        assertThat(api().put("/api/registry/publications/" + id, neighbour, revision).status()).isEqualTo(404);
        assertThat(api().put("/api/registry/publications/" + id, officer, revision).status()).isEqualTo(404);
        assertThat(api().post("/api/registry/publications/" + id + "/withdrawal", neighbour, null).status())
                .isEqualTo(404);
        String etag = api().get("/api/registry/publications/" + id, curator).headers().getETag();
        assertThat(api().exchange(HttpMethod.PUT, "/api/registry/publications/" + id, curator, revision,
                Map.of("If-Match", etag)).status()).isEqualTo(200);
        Api.Response stale = api().exchange(HttpMethod.PUT, "/api/registry/publications/" + id, curator, revision,
                Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(409);

        Api.Response unknownForm = api().post("/api/registry/publications", curator, Map.of("kind", "PRACTICE",
                "title", "Т", "form", "дедушка – внук", "summary", SUMMARY));
        assertThat(unknownForm.status()).isEqualTo(422);
        assertThat(unknownForm.json().get("detail").asText()).contains("ученик – ученик");

        Api.Response programme = api().post("/api/registry/publications", officer, Map.of("kind", "PROGRAMME",
                "title", "Муниципальная программа «Молодой педагог»", "form", "учитель – учитель", "summary", SUMMARY,
                "period", "2026/2027"));
        assertThat(programme.status()).isEqualTo(201);
        JsonNode programmes = api().get("/api/registry/publications?kind=PROGRAMME", neighbour).json();
        assertThat(programmes.findValuesAsText("schoolName")).contains("Управление образования");

        assertThat(api().post("/api/registry/publications/" + id + "/withdrawal", curator, null).status()).isEqualTo(204);
        assertThat(api().get("/api/registry/publications?q=робототехник", neighbour).json().findValuesAsText("id"))
                .doesNotContain(id);
    }
}
