package ru.nastavnik.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * Every pairing endpoint against everyone who must not use it: another school's curator, the department, the
 * region, a mentor of another pair, a mentor account not linked to a record, nobody. Refusals are problem+json
 * and change nothing.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class PairingIsolationIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private PairingSchool school;
    private String mentor;
    private String otherMentor;
    private String pairId;
    private String meetingId;
    private String proposalId;

    private Api api() {
        return Api.onPort(port);
    }

    record Call(HttpMethod method, String path, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void aSchoolWithAnActivePairThatHasMet() throws Exception {
        if (school != null) {
            return;
        }
        school = new PairingSchool("school-iso-" + System.nanoTime(), "mun-iso");
        mentor = school.pupilMentor(10, 1, List.of("OLYMPIAD"));
        otherMentor = school.pupilMentor(11, 1, List.of("PROJECT"));
        String mentee = school.pupilMentee(6, "OLYMPIAD");
        school.pupilMentee(5, "PROJECT");
        school.awaitDirectory(api(), 2, 2);
        proposalId = api().post("/api/pairing/proposals", school.curator, Map.of()).json().get("id").asText();
        JsonNode confirmed = api().post("/api/pairing/proposals/" + proposalId + "/confirmation", school.curator, null).json();
        List<String> pairs = new ArrayList<>();
        confirmed.get("pairIds").forEach(id -> pairs.add(id.asText()));
        api().post("/api/pairing/orders", school.head, Map.of("number", "1-о", "issuedOn", today.toString(), "pairIds", pairs));
        for (JsonNode pair : api().get("/api/pairing/pairs", school.curator).json()) {
            if (pair.get("mentorId").asText().equals(mentor)) {
                pairId = pair.get("id").asText();
            }
        }
        JsonNode card = api().post("/api/pairing/pairs/" + pairId + "/meetings", school.curator, Map.of(
                "kind", "INTRODUCTION", "heldOn", today.toString(), "format", "IN_PERSON")).json();
        meetingId = card.get("meetings").get(0).get("id").asText();
        assertThat(card.get("mentees").get(0).get("participantId").asText()).isEqualTo(mentee);
        // a new proposal to probe, with no one left to place it is refused; the confirmed one serves
        proposalId = api().get("/api/pairing/proposals", school.curator).json().get(0).get("id").asText();
    }

    private List<Call> schoolCalls() {
        String pair = "/api/pairing/pairs/" + pairId;
        String proposal = "/api/pairing/proposals/" + proposalId;
        return List.of(
                new Call(HttpMethod.GET, "/api/pairing/programme", null),
                new Call(HttpMethod.PUT, "/api/pairing/programme/forms", Map.of("schoolYear", "2026/2027",
                        "forms", List.of("PUPIL_PUPIL"), "chosenOn", today.toString())),
                new Call(HttpMethod.PUT, "/api/pairing/programme/settings", Map.ofEntries(Map.entry("requestMet", 10),
                        Map.entry("preferredForm", 5), Map.entry("gradeGap", 6), Map.entry("gradeGapPenalty", 2),
                        Map.entry("trained", 3), Map.entry("noActivePairs", 2), Map.entry("requireTraining", false),
                        Map.entry("objective", "SCORE_ONLY"), Map.entry("idealGradeGap", 3), Map.entry("stallWeeks", 3),
                        Map.entry("groupForms", List.of()))),
                new Call(HttpMethod.GET, "/api/pairing/candidates?role=MENTOR", null),
                new Call(HttpMethod.POST, "/api/pairing/proposals", Map.of()),
                new Call(HttpMethod.GET, "/api/pairing/proposals", null),
                new Call(HttpMethod.GET, proposal, null),
                new Call(HttpMethod.POST, proposal + "/pins", Map.of("menteeId", "x", "mentorId", "y")),
                new Call(HttpMethod.POST, proposal + "/bans", Map.of("menteeId", "x", "mentorId", "y")),
                new Call(HttpMethod.POST, proposal + "/swaps", Map.of("firstMenteeId", "x", "secondMenteeId", "y")),
                new Call(HttpMethod.POST, proposal + "/holds", Map.of("menteeId", "x")),
                new Call(HttpMethod.DELETE, proposal + "/holds/x", null),
                new Call(HttpMethod.DELETE, proposal + "/pins/x", null),
                new Call(HttpMethod.DELETE, proposal + "/bans?menteeId=x&mentorId=y", null),
                new Call(HttpMethod.POST, proposal + "/confirmation", null),
                new Call(HttpMethod.GET, "/api/pairing/orders", null),
                new Call(HttpMethod.POST, "/api/pairing/orders", Map.of("number", "2", "issuedOn", today.toString(),
                        "pairIds", List.of(pairId))),
                new Call(HttpMethod.POST, "/api/pairing/orders/draft", Map.of("pairIds", List.of(pairId), "format", "PDF")),
                new Call(HttpMethod.GET, "/api/pairing/pairs", null),
                new Call(HttpMethod.GET, "/api/pairing/pairs/stalled", null),
                new Call(HttpMethod.GET, "/api/pairing/pairs/nominations", null),
                new Call(HttpMethod.GET, pair, null),
                new Call(HttpMethod.PUT, pair + "/format", Map.of("format", "REMOTE")),
                new Call(HttpMethod.PUT, pair + "/plan", Map.of("goals", List.of("Цель"), "tasks", List.of())),
                new Call(HttpMethod.POST, pair + "/plan/agreement", null),
                new Call(HttpMethod.POST, pair + "/meetings", Map.of("kind", "TRIAL", "heldOn", today.toString(),
                        "format", "IN_PERSON")),
                new Call(HttpMethod.POST, pair + "/meetings/" + meetingId + "/feedback", Map.of("author", "MENTOR",
                        "score", 5)),
                new Call(HttpMethod.POST, pair + "/meetings/" + meetingId + "/feedback-links", Map.of("menteeId", "x")),
                new Call(HttpMethod.POST, pair + "/completion", Map.of("outcome", "GOAL_REACHED",
                        "mentorReflection", "a", "menteeReflection", "b", "nominateMentor", false)),
                new Call(HttpMethod.POST, pair + "/dissolution", Map.of("reason", "MENTOR_LEFT")),
                new Call(HttpMethod.GET, "/api/pairing/overview", null));
    }

    private long rows() {
        // the other school's curator may set up that school's own programme: those events are not a leak; the stall
        // sweep records stalls by itself
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier <> 'school-iso-other'
                          AND payload_type NOT LIKE '%StallRecorded')
                  + (SELECT count(*) FROM feedback_link) + (SELECT count(*) FROM sealing_key)""", Long.class);
    }

    private Api.Response send(Call call, String token) {
        return api().exchange(call.method(), call.path(), token, call.body(), Map.of());
    }

    @Test
    void nobodyButTheSchoolsOwnPeopleReachesItsPairs() {
        long before = rows();
        String otherSchool = TestTokens.curator("school-iso-other", "mun-iso");
        String officer = TestTokens.officer("mun-iso");
        String analyst = TestTokens.analyst("reg-1");
        String strangerMentor = TestTokens.mentor(school.schoolId, school.municipalityId, otherMentor);
        String unlinkedMentor = TestTokens.mentor(school.schoolId, school.municipalityId, null);
        SoftAssertions softly = new SoftAssertions();
        for (Call call : schoolCalls()) {
            Api.Response anonymous = send(call, null);
            softly.assertThat(anonymous.status()).as("nobody: " + call).isEqualTo(401);
            softly.assertThat(anonymous.contentType()).as("nobody: " + call).startsWith("application/problem+json");
            boolean overview = call.path().equals("/api/pairing/overview");
            Api.Response department = send(call, officer);
            softly.assertThat(department.status()).as("department: " + call).isEqualTo(overview ? 200 : 403);
            softly.assertThat(send(call, analyst).status()).as("region: " + call).isEqualTo(403);
            Api.Response other = send(call, otherSchool);
            boolean ownLists = call.method() == HttpMethod.GET && !call.path().contains(pairId)
                    && !call.path().contains(proposalId);
            if (ownLists) {
                softly.assertThat(other.status()).as("other school: " + call).isEqualTo(200);
                softly.assertThat(other.text()).as("other school: " + call).doesNotContain(pairId).doesNotContain(mentor);
            } else if (call.method() == HttpMethod.POST && call.path().equals("/api/pairing/orders")) {
                softly.assertThat(other.status()).as("another school's curator may not issue orders: " + call)
                        .isEqualTo(403);
            } else if (call.path().startsWith("/api/pairing/programme") || call.path().equals("/api/pairing/proposals")) {
                softly.assertThat(other.status()).as("other school: " + call).isIn(200, 422);
            } else {
                // a draft names its pairs in the body: one that is not the school's is invalid input, not a path
                softly.assertThat(other.status()).as("other school: " + call)
                        .isEqualTo(call.path().endsWith("/orders/draft") ? 422 : 404);
            }
            boolean mentorMayTry = call.path().startsWith("/api/pairing/pairs/" + pairId)
                    && !call.path().endsWith("/completion") && !call.path().endsWith("/dissolution");
            Api.Response stranger = send(call, strangerMentor);
            if (mentorMayTry) {
                softly.assertThat(stranger.status()).as("mentor of another pair: " + call).isEqualTo(404);
            } else if (call.path().equals("/api/pairing/pairs")) {
                softly.assertThat(stranger.json().findValuesAsText("id")).as("another mentor's list").doesNotContain(pairId);
            } else {
                softly.assertThat(stranger.status()).as("mentor, staff-only: " + call).isEqualTo(403);
            }
            if (mentorMayTry) {
                softly.assertThat(send(call, unlinkedMentor).status()).as("unlinked mentor: " + call).isEqualTo(403);
            }
        }
        softly.assertThat(rows()).as("nothing written by refused calls").isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        long before = rows();
        String pair = "/api/pairing/pairs/" + pairId;
        List<Object[]> cases = List.of(
                new Object[] {HttpMethod.POST, pair + "/meetings", Map.of("kind", "PARTY", "heldOn", today.toString(),
                        "format", "IN_PERSON"), 400},
                new Object[] {HttpMethod.POST, pair + "/meetings", Map.of("kind", "TRIAL", "format", "IN_PERSON"), 400},
                new Object[] {HttpMethod.POST, pair + "/meetings", Map.of("kind", "TRIAL", "heldOn",
                        today.plusDays(3).toString(), "format", "IN_PERSON"), 422},
                new Object[] {HttpMethod.POST, pair + "/meetings/" + meetingId + "/feedback", Map.of("author", "MENTOR",
                        "score", 9), 400},
                new Object[] {HttpMethod.PUT, pair + "/plan", Map.of("goals", List.of(" "), "tasks", List.of()), 422},
                new Object[] {HttpMethod.POST, pair + "/dissolution", Map.of("reason", "OTHER"), 422},
                new Object[] {HttpMethod.POST, "/api/pairing/proposals", Map.of("form", "шахматный клуб"), 422},
                new Object[] {HttpMethod.POST, "/api/pairing/proposals", Map.of("menteeIds", List.of("nobody")), 422},
                new Object[] {HttpMethod.PUT, "/api/pairing/programme/forms", Map.of("schoolYear", "2026-2027",
                        "forms", List.of("PUPIL_PUPIL"), "chosenOn", today.toString()), 422},
                new Object[] {HttpMethod.POST, "/api/pairing/orders", Map.of("number", "", "issuedOn", today.toString(),
                        "pairIds", List.of(pairId)), 422},
                new Object[] {HttpMethod.POST, "/api/pairing/orders/draft", Map.of("pairIds", List.of("unknown"),
                        "format", "DOCX"), 422},
                new Object[] {HttpMethod.GET, "/api/pairing/candidates?role=HEAD", null, 422});
        SoftAssertions softly = new SoftAssertions();
        for (Object[] bad : cases) {
            String token = bad[1].equals("/api/pairing/orders") ? school.head : school.curator;
            Api.Response answer = api().exchange((HttpMethod) bad[0], (String) bad[1], token, bad[2], Map.of());
            softly.assertThat(answer.status()).as(bad[0] + " " + bad[1] + " " + bad[2] + " → " + answer).isEqualTo(bad[3]);
            softly.assertThat(answer.contentType()).as(bad[1].toString()).startsWith("application/problem+json");
            softly.assertThat(answer.json() == null ? "" : answer.json().path("detail").asText()).as(bad[1].toString())
                    .matches(".*[а-яА-Я].*");
        }
        softly.assertThat(rows()).as("nothing written by bad input").isEqualTo(before);
        softly.assertAll();
    }
}
