package ru.nastavnik.monitoring.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * Questionnaires end to end on real PostgreSQL, Kafka and signed tokens: the school's pairs arrive as the registry's
 * and pairing's events, the curator runs campaigns, a mentor answers signed in, pupils through one-time links, and
 * the results reach the indicators, the growth comparison and the SWOT — each tenant seeing only what it may.
 */
class QuestionnaireIntegrationTest extends ServiceIntegrationTest {

    private static final String BASE = "/api/monitoring/questionnaires";

    @LocalServerPort
    int port;

    @Autowired
    IntegrationEventPublisher publisher;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

    private Api api() {
        return Api.onPort(port);
    }

    /** A school of its own municipality with one pupils' pair: a mentor and two mentees, as the events bring them. */
    private record School(String id, String municipality, String mentor, String pupil1, String pupil2,
                          String curator) {
    }

    private School school() throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String school = "q-school-" + suffix;
        String municipality = "q-mun-" + suffix;
        String mentor = "q-mentor-" + suffix;
        String pupil1 = "q-pupil1-" + suffix;
        String pupil2 = "q-pupil2-" + suffix;
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered(school, municipality, "reg-1", "Школа анкет", "GENERAL"));
        publish(Topics.REGISTRY_EVENTS, new ParticipantEnrolled(mentor, school, municipality, "MENTOR", "PUPIL",
                "15-18", null, 10, null));
        for (String pupil : List.of(pupil1, pupil2)) {
            publish(Topics.REGISTRY_EVENTS, new ParticipantEnrolled(pupil, school, municipality, "MENTEE", "PUPIL",
                    "10-14", null, 6, null));
        }
        publish(Topics.PAIRING_EVENTS, new PairFixed("q-pair-" + suffix, school, municipality, "PUPIL_PUPIL", true,
                mentor, List.of(pupil1, pupil2), today.minusDays(10)));
        awaitFacts(school, 3);
        return new School(school, municipality, mentor, pupil1, pupil2, TestTokens.curator(school, municipality));
    }

    private void publish(String topic, IntegrationEvent event) {
        publisher.publish(topic, event, UUID.randomUUID().toString(), Instant.now());
    }

    private void awaitFacts(String school, int members) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            int found = jdbc.sql("""
                            SELECT COUNT(*) FROM pair_member_fact m JOIN pair_term_fact t ON t.pair_id = m.pair_id
                            JOIN participant_fact p ON p.participant_id = m.participant_id
                            JOIN school_membership_fact s ON s.school_id = t.school_id WHERE t.school_id = ?""")
                    .param(school).query(Integer.class).single();
            if (found == members) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The facts of " + school + " never arrived");
    }

    private String campaign(School school, String templateId, String group) {
        Api.Response created = api().post(BASE + "/campaigns", school.curator(), Map.of("templateId", templateId,
                "targetGroup", group, "title", "Кампания " + templateId, "opensOn", today.toString(),
                "closesOn", today.plusDays(30).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String link(School school, String campaignId, String participantId) {
        Api.Response issued = api().post(BASE + "/campaigns/" + campaignId + "/links", school.curator(),
                Map.of("participantIds", List.of(participantId)));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.json().get(0).get("path").asText()).startsWith("/questionnaire/");
        return issued.json().get(0).get("token").asText();
    }

    private static Map<String, String> mentorAnswers(String satisfaction) {
        Map<String, String> answers = new HashMap<>(Map.of("SATISFACTION", satisfaction, "MEETINGS_USEFUL", "5",
                "COMFORT", "5", "GOALS_CLEAR", "4", "CURATOR_SUPPORT", "2", "TIME_ENOUGH", "NO",
                "MEETING_FREQUENCY", "TWICE_A_MONTH", "TRAINING_WANTED", "YES", "CONTINUE", "YES", "OWN_GROWTH", "8"));
        answers.put("DIFFICULTIES", "Секретная трудность наставника");
        return answers;
    }

    private static Map<String, String> pupilAnswers(String satisfaction) {
        return Map.of("SATISFACTION", satisfaction, "MEETINGS_USEFUL", "5", "COMFORT", "4", "GOALS_CLEAR", "4",
                "FORM_RESULT", "5", "TIME_ENOUGH", "NO", "CONTINUE", "YES", "MOST_USEFUL", "Личный отзыв ученика");
    }

    private JsonNode indicator(School school, String code) {
        Api.Response indicators = api().get("/api/monitoring/indicators?level=SCHOOL&unit=" + school.id(),
                school.curator());
        assertThat(indicators.status()).as(indicators.toString()).isEqualTo(200);
        for (JsonNode figure : indicators.json()) {
            if (figure.get("code").asText().equals(code)) {
                return figure;
            }
        }
        throw new AssertionError(code + " missing in " + indicators);
    }

    @Test
    void aCampaignIsAnsweredByTheMentorAndThroughPupilsOneTimeLinksAndFeedsSatisfactionAndTheSwot()
            throws Exception {
        School school = school();
        String mentors = campaign(school, "PROCESS_MENTOR.v1", "MENTORS");
        String mentees = campaign(school, "PROCESS_MENTEE_PUPIL_PUPIL.v1", "MENTEES");
        assertThat(indicator(school, "MENTOR_SATISFACTION").get("denominator").asDouble()).isZero();

        // the mentor finds the questionnaire on their page and answers it once
        String mentorToken = TestTokens.mentor(school.id(), school.municipality(), school.mentor());
        Api.Response mine = api().get(BASE + "/mine", mentorToken);
        assertThat(mine.json()).extracting(node -> node.get("id").asText()).containsExactly(mentors);
        Api.Response form = api().get(BASE + "/campaigns/" + mentors + "/form", mentorToken);
        assertThat(form.json().at("/template/id").asText()).isEqualTo("PROCESS_MENTOR.v1");
        assertThat(api().post(BASE + "/campaigns/" + mentors + "/responses", mentorToken,
                Map.of("answers", mentorAnswers("4"))).status()).isEqualTo(204);
        Api.Response again = api().post(BASE + "/campaigns/" + mentors + "/responses", mentorToken,
                Map.of("answers", mentorAnswers("1")));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("already-answered");
        assertThat(api().get(BASE + "/mine", mentorToken).json()).isEmpty();
        // not invited to the mentees' campaign: as if it did not exist
        assertThat(api().get(BASE + "/campaigns/" + mentees + "/form", mentorToken).status()).isEqualTo(404);

        // pupils answer through one-time links, without a token
        String first = link(school, mentees, school.pupil1());
        Api.Response page = api().get("/api/monitoring/public/questionnaires/" + first, null);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().at("/template/form").asText()).isEqualTo("PUPIL_PUPIL");
        assertThat(page.text()).doesNotContain(school.pupil1()).doesNotContain(school.id());
        assertThat(api().post("/api/monitoring/public/questionnaires/" + first, null,
                Map.of("answers", pupilAnswers("5"))).status()).isEqualTo(204);
        Api.Response secondUse = api().post("/api/monitoring/public/questionnaires/" + first, null,
                Map.of("answers", pupilAnswers("1")));
        assertThat(secondUse.status()).isEqualTo(409);
        assertThat(secondUse.json().get("code").asText()).isEqualTo("link-used");
        assertThat(api().get("/api/monitoring/public/questionnaires/" + first, null).status()).isEqualTo(409);

        // an expired link is refused, and so is a forged one
        String second = link(school, mentees, school.pupil2());
        String[] parts = second.split("\\.");
        String forgedSignature = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2)
                + (parts[1].endsWith("AA") ? "BB" : "AA");
        assertThat(api().get("/api/monitoring/public/questionnaires/" + forgedSignature, null).status()).isEqualTo(404);
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"linkId\":\"x\",\"campaignId\":\"" + mentees + "\",\"respondentKey\":\"" + school.pupil1() + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[1];
        Api.Response forged = api().post("/api/monitoring/public/questionnaires/" + otherPayload, null,
                Map.of("answers", pupilAnswers("1")));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        jdbc.sql("UPDATE questionnaire_link SET expires_at = now() - interval '1 minute' WHERE respondent_key = ?")
                .param(school.pupil2()).update();
        Api.Response expired = api().post("/api/monitoring/public/questionnaires/" + second, null,
                Map.of("answers", pupilAnswers("1")));
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.json().get("code").asText()).isEqualTo("link-expired");
        // a fresh link for the same pupil works
        String third = link(school, mentees, school.pupil2());
        assertThat(api().post("/api/monitoring/public/questionnaires/" + third, null,
                Map.of("answers", pupilAnswers("3"))).status()).isEqualTo(204);

        // progress, bound to the version, with the channel
        JsonNode detail = api().get(BASE + "/campaigns/" + mentees, school.curator()).json();
        assertThat(detail.at("/campaign/invited").asInt()).isEqualTo(2);
        assertThat(detail.at("/campaign/answered").asInt()).isEqualTo(2);
        assertThat(detail.get("invitations")).allSatisfy(invitation ->
                assertThat(invitation.get("channel").asText()).isEqualTo("LINK"));
        assertThat(jdbc.sql("SELECT DISTINCT template_id FROM questionnaire_response WHERE campaign_id = ?")
                .param(mentees).query(String.class).list()).containsExactly("PROCESS_MENTEE_PUPIL_PUPIL.v1");

        // satisfaction feeds the indicators: the mentor 4 of 5; the pupils 5 + 3 of 2 × 5
        JsonNode mentorSatisfaction = indicator(school, "MENTOR_SATISFACTION");
        assertThat(mentorSatisfaction.get("numerator").asDouble()).isEqualTo(4);
        assertThat(mentorSatisfaction.get("denominator").asDouble()).isEqualTo(5);
        assertThat(mentorSatisfaction.get("value").asDouble()).isEqualTo(80.0);
        JsonNode menteeSatisfaction = indicator(school, "MENTEE_SATISFACTION");
        assertThat(menteeSatisfaction.get("numerator").asDouble()).isEqualTo(8);
        assertThat(menteeSatisfaction.get("denominator").asDouble()).isEqualTo(10);
        JsonNode satisfaction = api().get(BASE + "/satisfaction", school.curator()).json();
        assertThat(satisfaction.at("/roles/0/respondentRole").asText()).isEqualTo("MENTOR");
        assertThat(satisfaction.at("/roles/0/percent").asDouble()).isEqualTo(80.0);
        assertThat(satisfaction.at("/roles/1/percent").asDouble()).isEqualTo(80.0);

        // the SWOT: each point traced to its rule, threshold and answers
        JsonNode swot = api().get(BASE + "/swot", school.curator()).json();
        assertThat(swot.get("responses").asInt()).isEqualTo(3);
        JsonNode menteesUseful = point(swot.get("strengths"), "MENTEE", "process.meetings_useful");
        assertThat(menteesUseful.get("ruleCode").asText()).isEqualTo("HIGH_RATING");
        assertThat(menteesUseful.get("measured").asDouble()).isEqualTo(100.0);
        assertThat(menteesUseful.get("answers").asInt()).isEqualTo(2);
        assertThat(menteesUseful.at("/evidence/0/templateId").asText()).isEqualTo("PROCESS_MENTEE_PUPIL_PUPIL.v1");
        assertThat(menteesUseful.at("/evidence/0/average").asDouble()).isEqualTo(5.0);
        JsonNode noTime = point(swot.get("threats"), "MENTEE", "process.time_enough");
        assertThat(noTime.get("ruleCode").asText()).isEqualTo("NO_TIME");
        assertThat(noTime.get("because").asText()).contains("0% ≤ 50%");
        // one mentor's answer is below every rule's minimum of two answers
        assertThat(swot.toString()).doesNotContain("\"respondentRole\":\"MENTOR\"");

        // the school reads the free texts per question, with no author
        JsonNode comments = api().get(BASE + "/campaigns/" + mentors + "/comments", school.curator()).json();
        assertThat(comments.at("/questions/0/texts/0").asText()).isEqualTo("Секретная трудность наставника");
        assertThat(comments.toString()).doesNotContain(school.mentor());

        // the department and the region: aggregates with no free text and no participant
        for (String token : List.of(TestTokens.officer(school.municipality()), TestTokens.analyst("reg-1"))) {
            for (String path : List.of("/swot", "/satisfaction", "/growth/forms")) {
                Api.Response aggregate = api().get(BASE + path + "?level=SCHOOL&unit=" + school.id(), token);
                assertThat(aggregate.status()).as(path + " " + aggregate).isEqualTo(200);
                assertThat(aggregate.text()).doesNotContain("Секретная").doesNotContain("Личный отзыв")
                        .doesNotContain(school.mentor()).doesNotContain(school.pupil1());
            }
            assertThat(api().get(BASE + "/campaigns/" + mentors + "/comments", token).status()).isEqualTo(403);
            assertThat(api().get(BASE + "/growth/people", token).status()).isEqualTo(403);
        }
        // two pupils' answers are too few to show outside the school: one could be read off the other
        Api.Response district = api().get(BASE + "/satisfaction?level=MUNICIPALITY&unit=" + school.municipality(),
                TestTokens.officer(school.municipality()));
        assertThat(district.json().at("/roles/1/answers").asInt()).isZero();
        assertThat(district.json().at("/roles/1/percent").isNumber()).as("no percent").isFalse();
        assertThat(api().get(BASE + "/satisfaction", school.curator()).json().at("/roles/1/answers").asInt())
                .isEqualTo(2);
        assertThat(api().get(BASE + "/swot?level=SCHOOL&unit=" + school.id(), TestTokens.officer(school.municipality()))
                .json().get("strengths")).as("points resting on fewer than five answers").isEmpty();
    }

    @Test
    void aWithdrawnConsentLeavesTheAnswersInTheCountsButNothingThatLeadsBackToThePerson() throws Exception {
        School school = school();
        String mentees = campaign(school, "PROCESS_MENTEE_PUPIL_PUPIL.v1", "MENTEES");
        String answered = link(school, mentees, school.pupil1());
        assertThat(api().post("/api/monitoring/public/questionnaires/" + answered, null,
                Map.of("answers", pupilAnswers("4"))).status()).isEqualTo(204);
        String unused = link(school, mentees, school.pupil2());
        double before = api().get(BASE + "/satisfaction", school.curator()).json().at("/roles/1/percent").asDouble();

        for (String pupil : List.of(school.pupil1(), school.pupil2())) {
            publish(Topics.REGISTRY_EVENTS, new ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn(pupil,
                    school.id(), school.municipality()));
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (keyed(school) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(keyed(school)).as("rows still keyed by the pupils").isZero();
        assertThat(api().get(BASE + "/satisfaction", school.curator()).json().at("/roles/1/percent").asDouble())
                .as("the anonymous answer still counts").isEqualTo(before).isEqualTo(80.0);
        assertThat(api().get("/api/monitoring/public/questionnaires/" + unused, null).status()).isBetween(400, 499);
        assertThat(api().get(BASE + "/campaigns/" + mentees, school.curator()).text())
                .doesNotContain(school.pupil1()).doesNotContain(school.pupil2());
    }

    private long keyed(School school) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM questionnaire_invitation WHERE respondent_key IN (:p))
                          + (SELECT count(*) FROM questionnaire_response WHERE respondent_key IN (:p))
                          + (SELECT count(*) FROM questionnaire_link WHERE respondent_key IN (:p))""")
                .param("p", List.of(school.pupil1(), school.pupil2())).query(Long.class).single();
    }

    private static JsonNode point(JsonNode points, String role, String mappingKey) {
        for (JsonNode point : points) {
            if (point.get("respondentRole").asText().equals(role) && point.get("mappingKey").asText().equals(mappingKey)) {
                return point;
            }
        }
        throw new AssertionError("No point for " + role + " " + mappingKey + " in " + points);
    }

    @Test
    void entryAndExitAreComparedOnlyOnQuestionsMappedAcrossVersions() throws Exception {
        School school = school();
        String entry = campaign(school, "GROWTH_ENTRY.v1", "MENTEES");
        String exit = campaign(school, "GROWTH_EXIT.v2", "MENTEES");
        Map<String, String> entryAnswers = Map.of("INTEREST", "2", "CONFIDENCE", "3", "SKILLS", "4", "TEAMWORK", "2",
                "CAREER_CLARITY", "1", "ACHIEVEMENTS", "NO", "EXPECTATIONS", "Хочу научиться");
        Map<String, String> exitAnswers = Map.of("INTEREST", "4", "CONFIDENCE", "3", "SKILLS_5", "4",
                "CAREER_CLARITY", "5", "ACHIEVEMENTS", "YES", "DEVELOPMENT_PLAN", "YES", "PROGRAMME_HELPED", "5");
        assertThat(api().post("/api/monitoring/public/questionnaires/" + link(school, entry, school.pupil1()), null,
                Map.of("answers", entryAnswers)).status()).isEqualTo(204);
        assertThat(api().post("/api/monitoring/public/questionnaires/" + link(school, exit, school.pupil1()), null,
                Map.of("answers", exitAnswers)).status()).isEqualTo(204);
        // the second pupil answered only at entry: no comparison for them
        assertThat(api().post("/api/monitoring/public/questionnaires/" + link(school, entry, school.pupil2()), null,
                Map.of("answers", entryAnswers)).status()).isEqualTo(204);

        Api.Response people = api().get(BASE + "/growth/people", school.curator());
        assertThat(people.status()).as(people.toString()).isEqualTo(200);
        assertThat(people.json()).hasSize(1);
        JsonNode person = people.json().get(0);
        assertThat(person.get("participantId").asText()).isEqualTo(school.pupil1());
        assertThat(person.get("form").asText()).isEqualTo("PUPIL_PUPIL");
        assertThat(person.get("entryTemplateId").asText()).isEqualTo("GROWTH_ENTRY.v1");
        assertThat(person.get("exitTemplateId").asText()).isEqualTo("GROWTH_EXIT.v2");
        assertThat(person.get("items")).extracting(item -> item.get("mappingKey").asText()).containsExactly(
                "growth.motivation.interest", "growth.motivation.confidence", "growth.competence.skills",
                "growth.profession.clarity", "growth.profession.achievements");
        JsonNode skills = person.get("items").get(2);
        assertThat(skills.get("entryQuestion").asText()).isEqualTo("GROWTH_ENTRY.v1/SKILLS");
        assertThat(skills.get("exitQuestion").asText()).isEqualTo("GROWTH_EXIT.v2/SKILLS_5");
        assertThat(skills.get("entryShare").asDouble()).isEqualTo(33.3);
        assertThat(skills.get("exitShare").asDouble()).isEqualTo(75.0);
        assertThat(person.get("notCompared")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "GROWTH_ENTRY.v1/TEAMWORK", "GROWTH_EXIT.v2/DEVELOPMENT_PLAN", "GROWTH_EXIT.v2/PROGRAMME_HELPED");

        // per form, for the department: aggregates by area, no one named — and one person is too few to show
        Api.Response district = api().get(BASE + "/growth/forms?level=MUNICIPALITY&unit=" + school.municipality(),
                TestTokens.officer(school.municipality()));
        assertThat(district.status()).as(district.toString()).isEqualTo(200);
        assertThat(district.text()).doesNotContain(school.pupil1()).doesNotContain("Хочу научиться");
        assertThat(district.json().get("groups")).isEmpty();
        Api.Response forms = api().get(BASE + "/growth/forms", school.curator());
        assertThat(forms.status()).as(forms.toString()).isEqualTo(200);
        JsonNode profession = null;
        for (JsonNode group : forms.json().get("groups")) {
            if (group.get("area").asText().equals("PROFESSION")) {
                profession = group;
            }
        }
        assertThat(profession).isNotNull();
        assertThat(profession.get("form").asText()).isEqualTo("PUPIL_PUPIL");
        assertThat(profession.get("people").asInt()).isEqualTo(1);
        // clarity 1 → 5 on 1–5 (0% → 100%) and achievements no → yes (0% → 100%)
        assertThat(profession.get("entryShare").asDouble()).isZero();
        assertThat(profession.get("exitShare").asDouble()).isEqualTo(100.0);
        // the exit answer changes no satisfaction figure: growth questionnaires have no satisfaction question
        assertThat(indicator(school, "MENTEE_SATISFACTION").get("denominator").asDouble()).isZero();
    }

    @Test
    void eachTenantSeesOnlyItsOwn() throws Exception {
        School school = school();
        School other = school();
        String campaign = campaign(school, "PROCESS_MENTOR.v1", "MENTORS");

        for (String path : List.of("/campaigns/" + campaign, "/campaigns/" + campaign + "/comments")) {
            assertThat(api().get(BASE + path, other.curator()).status()).as(path).isEqualTo(404);
        }
        assertThat(api().post(BASE + "/campaigns/" + campaign + "/links", other.curator(),
                Map.of("participantIds", List.of(school.mentor()))).status()).isEqualTo(404);
        assertThat(api().get(BASE + "/campaigns", other.curator()).json()).isEmpty();
        // the other school's mentor is not invited, and another school's unit is not found
        String stranger = TestTokens.mentor(other.id(), other.municipality(), other.mentor());
        assertThat(api().post(BASE + "/campaigns/" + campaign + "/responses", stranger,
                Map.of("answers", mentorAnswers("5"))).status()).isEqualTo(404);
        assertThat(api().get(BASE + "/swot?level=SCHOOL&unit=" + school.id(), other.curator()).status()).isEqualTo(404);
        assertThat(api().get(BASE + "/swot?level=MUNICIPALITY&unit=" + school.municipality(),
                TestTokens.officer(other.municipality())).status()).isEqualTo(404);
        assertThat(api().get(BASE + "/swot?level=REGION&unit=reg-other", TestTokens.analyst("reg-other")).status())
                .isEqualTo(404);
        assertThat(api().get(BASE + "/swot?level=MUNICIPALITY", school.curator()).status()).isEqualTo(403);
        // a mentor whose account is not linked to a participant, a mentor creating campaigns, no token at all
        assertThat(api().get(BASE + "/mine", TestTokens.mentor(school.id(), school.municipality(), null)).status())
                .isEqualTo(403);
        assertThat(api().get(BASE + "/campaigns", TestTokens.mentor(school.id(), school.municipality(),
                school.mentor())).status()).isEqualTo(403);
        for (String path : List.of("/campaigns", "/mine", "/swot", "/satisfaction", "/growth/people", "/templates")) {
            Api.Response anonymous = api().get(BASE + path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
        }
        assertThat(api().post(BASE + "/campaigns", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void badInputIsAProblemAndWritesNothing() throws Exception {
        School school = school();
        String campaign = campaign(school, "PROCESS_MENTOR.v1", "MENTORS");
        long campaigns = count("questionnaire_campaign");
        record Case(Map<String, Object> body, int status, String detail) {
        }
        Map<String, Object> valid = Map.of("templateId", "PROCESS_MENTOR.v1", "targetGroup", "MENTORS",
                "title", "Анкета", "opensOn", today.toString(), "closesOn", today.plusDays(5).toString());
        for (Case bad : List.of(
                new Case(with(valid, "closesOn", today.minusDays(1).toString()), 422, "раньше даты начала"),
                new Case(with(valid, "templateId", "NO_SUCH.v1"), 422, "Такой анкеты нет"),
                new Case(with(valid, "targetGroup", "CURATOR"), 422, "не предназначена"),
                new Case(with(with(valid, "templateId", "PROCESS_MENTEE_TEACHER_TEACHER.v1"), "targetGroup", "MENTEES"),
                        422, "Некого пригласить"),
                new Case(with(valid, "form", "DANCING"), 422, "Неизвестная форма"),
                new Case(with(valid, "targetGroup", "EVERYONE"), 400, ""),
                new Case(with(valid, "opensOn", "2026-02-30"), 400, ""),
                new Case(with(valid, "title", " "), 400, "")))  {
            Api.Response answer = api().post(BASE + "/campaigns", school.curator(), bad.body());
            assertThat(answer.status()).as(bad + " → " + answer).isEqualTo(bad.status());
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("detail").asText()).contains(bad.detail());
        }
        assertThat(count("questionnaire_campaign")).isEqualTo(campaigns);

        long responses = count("questionnaire_response");
        long satisfaction = count("satisfaction_answer_fact");
        long comments = count("questionnaire_comment");
        String mentorToken = TestTokens.mentor(school.id(), school.municipality(), school.mentor());
        for (Map<String, String> bad : List.of(with(mentorAnswers("4"), "SATISFACTION", "6"),
                with(mentorAnswers("4"), "MEETING_FREQUENCY", "DAILY"), with(mentorAnswers("4"), "COMFORT", ""),
                with(mentorAnswers("4"), "UNKNOWN", "1"))) {
            Api.Response answer = api().post(BASE + "/campaigns/" + campaign + "/responses", mentorToken,
                    Map.of("answers", bad));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api().post(BASE + "/campaigns/" + campaign + "/responses", mentorToken, "{\"answers\":{\"SATISFACTION\":4}}")
                .status()).isEqualTo(400);
        assertThat(count("questionnaire_response")).isEqualTo(responses);
        assertThat(count("satisfaction_answer_fact")).isEqualTo(satisfaction);
        assertThat(count("questionnaire_comment")).isEqualTo(comments);

        long links = count("questionnaire_link");
        Api.Response notInvited = api().post(BASE + "/campaigns/" + campaign + "/links", school.curator(),
                Map.of("participantIds", List.of(school.mentor(), school.pupil1())));
        assertThat(notInvited.status()).isEqualTo(422);
        assertThat(count("questionnaire_link")).isEqualTo(links);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static <V> Map<String, V> with(Map<String, V> base, String key, V value) {
        Map<String, V> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
