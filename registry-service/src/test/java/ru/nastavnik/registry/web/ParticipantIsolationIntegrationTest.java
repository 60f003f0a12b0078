package ru.nastavnik.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * Every registry endpoint called as the owning school, another school, the department, the region, a mentor and
 * nobody: each answers exactly as the role allows, and no one outside the school ever sees a name.
 */
class ParticipantIsolationIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private final String owner = TestTokens.curator("school-i", "mun-i");
    private final String head = TestTokens.head("school-i", "mun-i");
    private final String otherSchool = TestTokens.curator("school-j", "mun-i");
    private final String officer = TestTokens.officer("mun-i");
    private final String foreignOfficer = TestTokens.officer("mun-k");
    private final String analyst = TestTokens.analyst("reg-1");
    private final String mentor = TestTokens.token("mentor-i", List.of("mentor"), "school-i", "mun-i", "reg-1");
    private String menteeId;
    private String mentorId;

    private Api api() {
        return Api.onPort(port);
    }

    private String enrol(String token, String role, String category, String name, String birth, Integer grade) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("role", role, "category", category,
                "fullName", name, "birthDate", birth, "consent", Map.of("signedBy", grade == null ? "PERSON" : "GUARDIAN",
                        "signerName", "Родитель", "signedOn", today.toString(), "scopes", List.of("PROCESSING"))));
        if (grade != null) {
            body.put("grade", grade);
        } else {
            body.put("experienceYears", 12);
        }
        Api.Response created = api().post("/api/registry/participants", token, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @BeforeEach
    void schoolsAndPeople() {
        for (String school : List.of("school-i", "school-j")) {
            api().post("/api/registry/schools", officer, Map.of("schoolId", school, "name", "Школа " + school,
                    "kind", "GENERAL"));
        }
        api().post("/api/registry/schools", foreignOfficer, Map.of("schoolId", "school-k", "name", "Чужая школа",
                "kind", "GENERAL"));
        // names are compared by their letters only: a unique suffix must be letters too
        String suffix = Long.toString(System.nanoTime()).chars().mapToObj(digit -> String.valueOf((char) ('а' + digit - '0')))
                .collect(java.util.stream.Collectors.joining());
        menteeId = enrol(owner, "MENTEE", "PUPIL", "Петров Илья " + suffix, "2013-02-02", 7);
        mentorId = enrol(head, "MENTOR", "TEACHER", "Смирнова Ольга " + suffix, "1985-01-01", null);
    }

    private record Call(HttpMethod method, String path, Object body) {
    }

    private List<Call> personalCalls() {
        String mentee = "/api/registry/participants/" + menteeId;
        String mentorPath = "/api/registry/participants/" + mentorId;
        return List.of(
                new Call(HttpMethod.GET, "/api/registry/participants", null),
                new Call(HttpMethod.GET, mentee, null),
                new Call(HttpMethod.PUT, mentee + "/requests", Map.of("requests", List.of("PROJECT"), "note", "")),
                new Call(HttpMethod.PUT, mentorPath + "/mentor-profile", Map.of("competencies", "физика",
                        "competencyCodes", List.of("METHODOLOGY"), "preferredForms", List.of("учитель – учитель"), "capacity", 2)),
                new Call(HttpMethod.POST, mentorPath + "/selection", Map.of("selection", "SELECTED")),
                new Call(HttpMethod.POST, mentorPath + "/trainings", Map.of("course", "КПК", "hours", 16,
                        "certificateDate", today.toString())),
                new Call(HttpMethod.POST, "/api/registry/participants", Map.of("role", "MENTEE", "category", "PUPIL",
                        "fullName", "Новый Ученик", "birthDate", "2012-01-01", "grade", 8, "consent",
                        Map.of("signedBy", "GUARDIAN", "signerName", "Мама", "signedOn", today.toString(),
                                "scopes", List.of("PROCESSING")))),
                new Call(HttpMethod.PUT, mentorPath + "/questionnaire", Map.of("answers", Map.of("readiness", "4"))));
    }

    private int status(Call call, String token) {
        return api().exchange(call.method(), call.path(), token, call.body(), Map.of()).status();
    }

    @Test
    void theOwningSchoolWorksWithItsBase() {
        for (Call call : personalCalls()) {
            assertThat(status(call, owner)).as(call.toString()).isIn(200, 201);
        }
        JsonNode base = api().get("/api/registry/participants?role=MENTEE", owner).json();
        assertThat(base.findValuesAsText("id")).contains(menteeId).doesNotContain(mentorId);
    }

    @Test
    void anotherSchoolNeitherSeesNorTouchesThePeople() {
        for (Call call : personalCalls().subList(1, 2)) {
            assertThat(status(call, otherSchool)).as(call.toString()).isEqualTo(404);
        }
        for (Call call : personalCalls().subList(2, 6)) {
            assertThat(status(call, otherSchool)).as(call.toString()).isEqualTo(404);
        }
        assertThat(api().get("/api/registry/participants", otherSchool).json().findValuesAsText("id"))
                .doesNotContain(menteeId, mentorId);
        assertThat(status(personalCalls().get(7), otherSchool)).isEqualTo(404);
        assertThat(api().post("/api/registry/participants/" + menteeId + "/consent-withdrawal", otherSchool,
                Map.of("withdrawnOn", today.toString())).status()).isEqualTo(404);
    }

    @Test
    void theDepartmentTheRegionAndMentorsGetNoPersonAndNobodyGetsAnythingWithoutAToken() {
        for (String token : List.of(officer, analyst, mentor, TestTokens.admin())) {
            for (Call call : personalCalls()) {
                assertThat(status(call, token)).as(call + " as " + token.substring(0, 10)).isEqualTo(403);
            }
            assertThat(api().post("/api/registry/participants/" + menteeId + "/consent-withdrawal", token,
                    Map.of("withdrawnOn", today.toString())).status()).isEqualTo(403);
        }
        for (Call call : personalCalls()) {
            assertThat(status(call, null)).as(call.toString()).isEqualTo(401);
        }
        assertThat(api().get("/api/registry/participants/counts", null).status()).isEqualTo(401);
    }

    @Test
    void badInputIsAnsweredInRussianAndNothingIsStored() {
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        long keysBefore = jdbc.queryForObject("SELECT count(*) FROM person_key", Long.class);

        Api.Response noBirthDate = api().post("/api/registry/participants", owner, Map.of("role", "MENTEE",
                "category", "PUPIL", "fullName", "Без Даты", "grade", 5, "consent", Map.of("signedBy", "GUARDIAN",
                        "signerName", "Мама", "signedOn", today.toString(), "scopes", List.of("PROCESSING"))));
        assertThat(noBirthDate.status()).isEqualTo(400);
        assertThat(noBirthDate.contentType()).startsWith("application/problem+json");
        assertThat(noBirthDate.json().at("/fields/birthDate").asText()).isEqualTo("укажите дату рождения");
        Api.Response badScore = api().put("/api/registry/participants/" + mentorId + "/questionnaire", owner,
                Map.of("answers", Map.of("readiness", "9")));
        assertThat(badScore.status()).isEqualTo(422);
        assertThat(badScore.json().get("detail").asText()).contains("число от 1 до 5");
        Api.Response unknownRequest = api().put("/api/registry/participants/" + menteeId + "/requests", owner,
                Map.of("requests", List.of("FLYING"), "note", ""));
        assertThat(unknownRequest.status()).isEqualTo(422);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM person_key", Long.class)).isEqualTo(keysBefore);
    }

    @Test
    void theControlledListsAreForEveryoneWhoWorksWithTheProgramme() {
        for (String token : List.of(owner, otherSchool, officer, mentor)) {
            Api.Response vocabulary = api().get("/api/registry/participants/vocabulary", token);
            assertThat(vocabulary.status()).isEqualTo(200);
            assertThat(vocabulary.json().get("forms").toString()).contains("ученик – ученик");
        }
        assertThat(api().get("/api/registry/participants/vocabulary", analyst).status()).isEqualTo(403);
        assertThat(api().get("/api/registry/participants/vocabulary", null).status()).isEqualTo(401);
    }

    @Test
    void countsAreForEachRoleAtItsOwnLevelAndCarryNoNames() {
        JsonNode school = api().get("/api/registry/participants/counts", owner).json();
        assertThat(school.get("schools").findValuesAsText("schoolId")).containsExactly("school-i");

        Api.Response department = api().get("/api/registry/participants/counts", officer);
        assertThat(department.status()).isEqualTo(200);
        assertThat(department.json().get("schools").findValuesAsText("schoolId"))
                .contains("school-i", "school-j").doesNotContain("school-k");
        assertThat(department.text()).doesNotContain("Петров").doesNotContain("Смирнова");
        assertThat(department.json().get("formula").asText()).contains("Считаются");

        JsonNode foreign = api().get("/api/registry/participants/counts", foreignOfficer).json();
        assertThat(foreign.get("schools").findValuesAsText("schoolId")).doesNotContain("school-i");

        Api.Response region = api().get("/api/registry/participants/counts", analyst);
        assertThat(region.status()).isEqualTo(200);
        assertThat(region.json().get("schools").findValuesAsText("schoolId")).contains("school-i", "school-k");
        assertThat(region.text()).doesNotContain("Петров");

        assertThat(api().get("/api/registry/participants/counts", mentor).status()).isEqualTo(403);
    }

    @Test
    void aMentorReadsTheNamesOfTheirOwnMenteesOnlyWhileThePairIsOpen() throws Exception {
        String pairId = java.util.UUID.randomUUID().toString();
        String ownMentor = TestTokens.mentor("school-i", "mun-i", mentorId);
        String otherMentee = enrol(owner, "MENTEE", "PUPIL", "Сидоров Олег", "2013-03-03", 7);
        String ids = "/api/registry/participants/names?ids=" + menteeId + "," + otherMentee + "," + mentorId;
        assertThat(api().get(ids, ownMentor).json().findValuesAsText("id")).containsExactly(mentorId);

        ru.nastavnik.testing.KafkaTestClient.publish(ru.nastavnik.contracts.Topics.PAIRING_EVENTS,
                new ru.nastavnik.contracts.pairing.PairFixed(pairId, "school-i", "mun-i", "PUPIL_PUPIL", false,
                        mentorId, List.of(menteeId), today));
        JsonNode open = awaitNames(ids, ownMentor, names -> names.size() == 2);
        assertThat(open.findValuesAsText("id")).containsExactlyInAnyOrder(mentorId, menteeId);
        assertThat(open.toString()).contains("Петров Илья").doesNotContain("Сидоров");
        assertThat(api().get(ids, officer).status()).isEqualTo(403);

        ru.nastavnik.testing.KafkaTestClient.publish(ru.nastavnik.contracts.Topics.PAIRING_EVENTS,
                new ru.nastavnik.contracts.pairing.PairCompleted(pairId, "school-i", "mun-i", today, "GOAL_REACHED",
                        false));
        assertThat(awaitNames(ids, ownMentor, names -> names.size() == 1).findValuesAsText("id"))
                .containsExactly(mentorId);
    }

    private JsonNode awaitNames(String path, String token, java.util.function.Predicate<JsonNode> done)
            throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        JsonNode names = api().get(path, token).json();
        while (!done.test(names) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            names = api().get(path, token).json();
        }
        assertThat(done.test(names)).as("within 30 s: " + names).isTrue();
        return names;
    }
}
