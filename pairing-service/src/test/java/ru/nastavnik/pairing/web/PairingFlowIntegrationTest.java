package ru.nastavnik.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * A school's pairing from the registry's events to completed and re-formed pairs, through the API as the curator,
 * the head, the mentors and a pupil's one-time link would use it, with the facts reaching Kafka.
 */
class PairingFlowIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

    private Api api() {
        return Api.onPort(port);
    }

    private static JsonNode pairOf(JsonNode proposal, String menteeId) {
        for (JsonNode pair : proposal.at("/solution/pairs")) {
            if (pair.get("menteeId").asText().equals(menteeId)) {
                return pair;
            }
        }
        return null;
    }

    private static void assertPartsAddUp(JsonNode proposal) {
        for (JsonNode pair : proposal.at("/solution/pairs")) {
            int sum = 0;
            for (JsonNode part : pair.get("parts")) {
                sum += part.get("points").asInt();
            }
            assertThat(sum).as("parts of " + pair).isEqualTo(pair.get("score").asInt());
            assertThat(pair.at("/alternative/explanation").asText()).isNotBlank();
        }
    }

    @Test
    void fromTheBasesThroughTheBoardTheOrderMeetingsFeedbackAndCompletionToReformingAPair() throws Exception {
        PairingSchool school = new PairingSchool("school-pf", "mun-pf");
        String m1 = school.pupilMentor(10, 2, List.of("OLYMPIAD", "PROJECT"));
        String m2 = school.pupilMentor(11, 1, List.of("CAREER_GUIDANCE"));
        String teacher = school.mentor("TEACHER", null, "over-3", 2, List.of("METHODOLOGY"), List.of("TEACHER_TEACHER"),
                true);
        String p5 = school.pupilMentee(5, "OLYMPIAD");
        String p6 = school.pupilMentee(6, "CAREER_GUIDANCE");
        String p7 = school.pupilMentee(7, "PROJECT");
        String p10 = school.pupilMentee(10);
        String yt = school.youngTeacher("METHODOLOGY");
        school.awaitDirectory(api(), 3, 5);

        // the engine's proposal: who with whom, why, and who is left and why
        Api.Response drafted = api().post("/api/pairing/proposals", school.curator, Map.of());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonNode proposal = drafted.json();
        String proposalId = proposal.get("id").asText();
        assertThat(proposal.at("/solution/objective/matched").asInt()).isEqualTo(4);
        assertThat(pairOf(proposal, p6).get("mentorId").asText()).isEqualTo(m2);
        assertThat(pairOf(proposal, p5).get("mentorId").asText()).isEqualTo(m1);
        assertThat(pairOf(proposal, yt).get("mentorId").asText()).isEqualTo(teacher);
        assertThat(pairOf(proposal, yt).get("formTitle").asText()).isEqualTo("учитель – учитель");
        assertPartsAddUp(proposal);
        JsonNode unmatched = proposal.at("/solution/unmatched");
        assertThat(unmatched).hasSize(1);
        assertThat(unmatched.findValuesAsText("menteeId")).containsExactly(p10);
        assertThat(unmatched.findValuesAsText("kind")).containsOnly("NO_ELIGIBLE_MENTOR");
        assertThat(unmatched.get(0).get("explanation").asText()).startsWith("нет подходящих наставников");

        // the curator shapes it: a pin, a stale edit refused, a swap, a mentee held out
        long started = System.nanoTime();
        Api.Response pinned = api().post("/api/pairing/proposals/" + proposalId + "/pins", school.curator,
                Map.of("menteeId", p7, "mentorId", m2));
        System.out.printf("A pin on the board, solved again and answered: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        assertThat(pairOf(pinned.json(), p7).get("mentorId").asText()).isEqualTo(m2);
        assertThat(pairOf(pinned.json(), p7).get("pinned").asBoolean()).isTrue();
        assertThat(pinned.json().at("/previousObjective/totalScore").asLong())
                .isGreaterThan(pinned.json().at("/solution/objective/totalScore").asLong());
        assertPartsAddUp(pinned.json());
        Api.Response stale = api().exchange(HttpMethod.POST, "/api/pairing/proposals/" + proposalId + "/pins",
                school.curator, Map.of("menteeId", p7, "mentorId", m1), Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response broken = api().post("/api/pairing/proposals/" + proposalId + "/pins", school.curator,
                Map.of("menteeId", p10, "mentorId", m1));
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().get("detail").asText()).contains("разница в классах");
        Api.Response unpinned = api().exchange(HttpMethod.DELETE, "/api/pairing/proposals/" + proposalId + "/pins/" + p7,
                school.curator, null, Map.of());
        assertThat(unpinned.status()).isEqualTo(200);
        Api.Response swapped = api().post("/api/pairing/proposals/" + proposalId + "/swaps", school.curator,
                Map.of("firstMenteeId", p5, "secondMenteeId", p6));
        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(200);
        assertThat(pairOf(swapped.json(), p5).get("mentorId").asText()).isEqualTo(m2);
        assertThat(pairOf(swapped.json(), p6).get("mentorId").asText()).isEqualTo(m1);
        Api.Response held = api().post("/api/pairing/proposals/" + proposalId + "/holds", school.curator,
                Map.of("menteeId", p10));
        assertThat(held.json().at("/solution/unmatched").findValuesAsText("kind")).contains("EXCLUDED");

        // confirmed: pairs wait for the order
        Api.Response confirmed = api().post("/api/pairing/proposals/" + proposalId + "/confirmation", school.curator, null);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> pairIds = new java.util.ArrayList<>();
        for (JsonNode id : confirmed.json().get("pairIds")) {
            pairIds.add(id.asText());
        }
        assertThat(pairIds).hasSize(4);
        assertThat(api().get("/api/pairing/pairs?status=CONFIRMED", school.curator).json()).hasSize(4);
        assertThat(api().post("/api/pairing/proposals/" + proposalId + "/confirmation", school.curator, null).status())
                .isEqualTo(409);

        // the order's draft, with names given by the school's page only
        Map<String, Object> draft = new HashMap<>(Map.of("pairIds", pairIds, "format", "DOCX",
                "organisationName", "МБОУ «Гимназия № 2»", "names", Map.of(m1, "Иванов Иван", p6, "Петров Пётр")));
        Api.Response docx = api().post("/api/pairing/orders/draft", school.curator, draft);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.contentType()).contains("wordprocessingml");
        String documentXml = entry(docx.bytes(), "word/document.xml");
        assertThat(documentXml).contains("Иванов Иван").contains("Петров Пётр").contains("О закреплении наставнических пар")
                .contains("ученик – ученик").contains("МБОУ «Гимназия № 2»");
        draft.put("format", "PDF");
        Api.Response pdf = api().post("/api/pairing/orders/draft", school.curator, draft);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the head's order fixes them; the curator may draft, not issue
        Map<String, Object> order = Map.of("number", "45-о", "issuedOn", today.minusDays(20).toString(), "pairIds", pairIds);
        assertThat(api().post("/api/pairing/orders", school.curator, order).status()).isEqualTo(403);
        Api.Response issued = api().post("/api/pairing/orders", school.head, order);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(api().post("/api/pairing/orders", school.head, order).status()).isEqualTo(409);
        assertThat(api().get("/api/pairing/pairs?status=ACTIVE", school.curator).json()).hasSize(4);
        KafkaTestClient.readUntil(Topics.PAIRING_EVENTS, Duration.ofSeconds(30), records -> records.stream()
                .filter(r -> r.value().getType().equals("pairing.PairFixed.v1"))
                .filter(r -> school.schoolId.equals(r.value().getExtension("schoolid"))).count() == 4);

        // the mentor's own view and work
        String mentorOne = TestTokens.mentor(school.schoolId, school.municipalityId, m1);
        String mentorTwo = TestTokens.mentor(school.schoolId, school.municipalityId, m2);
        JsonNode mine = api().get("/api/pairing/pairs", mentorOne).json();
        assertThat(mine.findValuesAsText("mentorId")).containsOnly(m1);
        String pairId = null;
        for (JsonNode pair : mine) {
            if (pair.get("menteeIds").get(0).asText().equals(p6)) {
                pairId = pair.get("id").asText();
            }
        }
        assertThat(pairId).isNotNull();
        assertThat(api().get("/api/pairing/pairs/" + pairId, mentorTwo).status()).isEqualTo(404);
        String[] kinds = {"INTRODUCTION", "TRIAL", "PLANNING", "WORKING"};
        for (int i = 0; i < kinds.length; i++) {
            Api.Response meeting = api().post("/api/pairing/pairs/" + pairId + "/meetings", mentorOne, Map.of(
                    "kind", kinds[i], "heldOn", today.minusDays(15 - i * 2).toString(), "format", "IN_PERSON",
                    "notes", "Встреча " + (i + 1)));
            assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        }
        Api.Response outOfOrder = api().post("/api/pairing/pairs/" + pairId + "/meetings", mentorOne, Map.of(
                "kind", "TRIAL", "heldOn", today.toString(), "format", "IN_PERSON"));
        assertThat(outOfOrder.status()).isEqualTo(422);
        JsonNode card = api().get("/api/pairing/pairs/" + pairId, mentorOne).json();
        String working = card.get("meetings").get(3).get("id").asText();
        assertThat(card.get("meetings").get(0).get("notes").asText()).isEqualTo("Встреча 1");
        Api.Response mentorFeedback = api().post("/api/pairing/pairs/" + pairId + "/meetings/" + working + "/feedback",
                mentorOne, Map.of("author", "MENTOR", "score", 5, "comment", "Хорошо поработали"));
        assertThat(mentorFeedback.status()).as(mentorFeedback.toString()).isEqualTo(200);
        assertThat(api().post("/api/pairing/pairs/" + pairId + "/meetings/" + working + "/feedback", mentorOne,
                Map.of("author", "MENTEE", "menteeId", p6, "score", 5)).status()).isEqualTo(403);

        // the pupil answers once through a link
        Api.Response link = api().post("/api/pairing/pairs/" + pairId + "/meetings/" + working + "/feedback-links",
                mentorOne, Map.of("menteeId", p6));
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        String token = link.json().get("token").asText();
        assertThat(link.json().get("path").asText()).isEqualTo("/feedback/" + token);
        Api.Response page = api().get("/api/pairing/public/feedback/" + token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("kindTitle").asText()).isEqualTo("Рабочая встреча");
        assertThat(page.text()).doesNotContain(p6).doesNotContain(m1);
        assertThat(api().post("/api/pairing/public/feedback/" + token, null,
                Map.of("score", 4, "comment", "Было интересно")).status()).isEqualTo(204);
        Api.Response again = api().post("/api/pairing/public/feedback/" + token, null, Map.of("score", 1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("ссылка одноразовая");
        String forged = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(api().get("/api/pairing/public/feedback/" + forged, null).status()).isEqualTo(404);
        card = api().get("/api/pairing/pairs/" + pairId, school.curator).json();
        assertThat(card.get("meetings").get(3).get("feedback").findValuesAsText("comment"))
                .containsExactlyInAnyOrder("Хорошо поработали", "Было интересно");

        // the final meeting and the completion
        assertThat(api().post("/api/pairing/pairs/" + pairId + "/meetings", mentorOne, Map.of("kind", "FINAL",
                "heldOn", today.toString(), "format", "MIXED")).status()).isEqualTo(201);
        Map<String, Object> completion = Map.of("outcome", "GOAL_REACHED", "mentorReflection", "Вырос интерес",
                "menteeReflection", "Узнал о профессиях", "nominateMentor", true);
        assertThat(api().post("/api/pairing/pairs/" + pairId + "/completion", mentorOne, completion).status())
                .isEqualTo(403);
        Api.Response completed = api().post("/api/pairing/pairs/" + pairId + "/completion", school.curator, completion);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(api().get("/api/pairing/pairs/nominations", school.curator).json().findValuesAsText("id"))
                .containsExactly(pairId);

        // a pair that has not met in 14 days is found stalled by itself
        String teacherPair = null;
        for (JsonNode pair : api().get("/api/pairing/pairs", school.curator).json()) {
            if (pair.get("mentorId").asText().equals(teacher)) {
                teacherPair = pair.get("id").asText();
            }
        }
        String stalledPair = teacherPair;
        JsonNode stalled = await(() -> api().get("/api/pairing/pairs/stalled", school.curator).json(),
                board -> board.findValuesAsText("id").contains(stalledPair));
        assertThat(stalled.toString()).contains("NO_FIRST_MEETING");
        KafkaTestClient.readUntil(Topics.PAIRING_EVENTS, Duration.ofSeconds(30), records -> records.stream()
                .anyMatch(r -> r.value().getType().equals("pairing.PairStalled.v1") && stalledPair.equals(r.key())));

        // a pair that does not fit is dissolved and its mentee matched again, never with the previous mentor
        String p5Pair = null;
        for (JsonNode pair : api().get("/api/pairing/pairs?status=ACTIVE", school.curator).json()) {
            if (pair.get("menteeIds").get(0).asText().equals(p5)) {
                p5Pair = pair.get("id").asText();
            }
        }
        Api.Response dissolved = api().post("/api/pairing/pairs/" + p5Pair + "/dissolution", school.curator,
                Map.of("reason", "NOT_A_GOOD_FIT", "note", "Разные интересы"));
        assertThat(dissolved.status()).as(dissolved.toString()).isEqualTo(200);
        Api.Response repaired = api().post("/api/pairing/proposals", school.curator, Map.of("menteeIds", List.of(p5)));
        assertThat(repaired.status()).as(repaired.toString()).isEqualTo(201);
        assertThat(repaired.json().get("repairing").asBoolean()).isTrue();
        assertThat(repaired.json().get("bans").findValuesAsText("mentorId")).containsExactly(m2);
        JsonNode again5 = pairOf(repaired.json(), p5);
        assertThat(again5).as("p5 matched again").isNotNull();
        assertThat(again5.get("mentorId").asText()).isEqualTo(m1);
        // the curator may lift the ban; a change made on a version someone else has since changed is refused
        String repairId = repaired.json().get("id").asText();
        long seen = repaired.json().get("version").asLong();
        Api.Response unbanned = Api.onPort(port).exchange(org.springframework.http.HttpMethod.DELETE,
                "/api/pairing/proposals/" + repairId + "/bans?menteeId=" + p5 + "&mentorId=" + m2, school.curator, null,
                Map.of("If-Match", "\"" + seen + "\""));
        assertThat(unbanned.status()).as(unbanned.toString()).isEqualTo(200);
        assertThat(unbanned.json().get("bans")).isEmpty();
        Api.Response outdated = Api.onPort(port).exchange(org.springframework.http.HttpMethod.POST,
                "/api/pairing/proposals/" + repairId + "/bans", school.curator, Map.of("menteeId", p5, "mentorId", m2),
                Map.of("If-Match", "\"" + seen + "\""));
        assertThat(outdated.status()).as(outdated.toString()).isEqualTo(409);

        // the department's overview: counts per school, the two-week countdown
        JsonNode overview = api().get("/api/pairing/overview", TestTokens.officer(school.municipalityId)).json();
        assertThat(overview).hasSize(1);
        assertThat(overview.get(0).at("/pairsByStatus/COMPLETED").asInt()).isEqualTo(1);
        assertThat(overview.get(0).get("stalled").asInt()).isEqualTo(2);
        assertThat(overview.toString()).doesNotContain(p5).doesNotContain(m1);
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name);
    }

    static JsonNode await(java.util.function.Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode last = read.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            last = read.get();
        }
        assertThat(done.test(last)).as("within 30 s: " + last).isTrue();
        return last;
    }
}
