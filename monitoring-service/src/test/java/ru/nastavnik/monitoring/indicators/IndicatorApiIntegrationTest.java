package ru.nastavnik.monitoring.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.MeetingHeld;
import ru.nastavnik.contracts.pairing.PairCompleted;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolMoved;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * The indicator API end to end: events published on the real Kafka topics as the other services publish them,
 * consumed into PostgreSQL, read with signed tokens. Two schools of municipality A (one moves to B mid-term), one
 * of B, all in one region.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiIntegrationTest extends ServiceIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String REGION = "reg-" + RUN;
    private static final String MUN_A = "ma-" + RUN;
    private static final String MUN_B = "mb-" + RUN;
    private static final String SCHOOL_A = "sa-" + RUN;
    private static final String SCHOOL_B = "sb-" + RUN;
    private static final String SCHOOL_C = "sc-" + RUN;
    private static final String SCHOOL_NAME = "Секретная гимназия " + RUN;
    private static final LocalDate MOVED_ON = LocalDate.of(2026, 10, 15);

    @LocalServerPort
    int port;

    @Autowired
    IntegrationEventPublisher publisher;

    @Autowired
    JdbcClient jdbc;

    private Api api() {
        return Api.onPort(port);
    }

    private void publish(String topic, IntegrationEvent event, LocalDate happenedOn) {
        publish(topic, event, happenedOn, UUID.randomUUID().toString());
    }

    private void publish(String topic, IntegrationEvent event, LocalDate happenedOn, String eventId) {
        publisher.publish(topic, event, eventId, happenedOn.atTime(12, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant());
    }

    private static ParticipantEnrolled person(String id, String school, String role, String category, String age,
                                              String experience) {
        return new ParticipantEnrolled(id, school, "any", role, category, age, experience, null, null);
    }

    @BeforeAll
    void history() throws Exception {
        LocalDate start = LocalDate.of(2026, 9, 1);
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered(SCHOOL_A, MUN_A, REGION, SCHOOL_NAME, "GENERAL"), start);
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered(SCHOOL_B, MUN_A, REGION, "Школа Б", "GENERAL"), start);
        publish(Topics.REGISTRY_EVENTS, new SchoolRegistered(SCHOOL_C, MUN_B, REGION, "Школа В", "GENERAL"), start);
        publish(Topics.REGISTRY_EVENTS, new SchoolHeadcountReported(SCHOOL_A, MUN_A, "2026-Q3", 40, 60, 4, 20, null), start);
        publish(Topics.REGISTRY_EVENTS, new SchoolHeadcountReported(SCHOOL_B, MUN_A, "2026-Q3", 50, 50, 2, 10, null), start);
        // a report for the next quarter must not count before the quarter starts
        publish(Topics.REGISTRY_EVENTS, new SchoolHeadcountReported(SCHOOL_A, MUN_A, "2026-Q4", 400, 600, 40, 200, null), start);
        String p1 = "p1-" + RUN;
        String p2 = "p2-" + RUN;
        String p3 = "p3-" + RUN;
        String t1 = "t1-" + RUN;
        String t2 = "t2-" + RUN;
        String b1 = "b1-" + RUN;
        String b2 = "b2-" + RUN;
        publish(Topics.REGISTRY_EVENTS, person(p1, SCHOOL_A, "MENTEE", "PUPIL", "10-14", null), start);
        publish(Topics.REGISTRY_EVENTS, person(p2, SCHOOL_A, "MENTOR", "PUPIL", "15-18", null), start);
        publish(Topics.REGISTRY_EVENTS, person(p3, SCHOOL_A, "MENTEE", "PUPIL", "15-18", null), start);
        publish(Topics.REGISTRY_EVENTS, person(t1, SCHOOL_A, "MENTEE", "YOUNG_TEACHER", "adult", "0-3"), start);
        publish(Topics.REGISTRY_EVENTS, person(t2, SCHOOL_A, "MENTOR", "TEACHER", "adult", "over-3"), start);
        publish(Topics.REGISTRY_EVENTS, person(b1, SCHOOL_B, "MENTEE", "PUPIL", "10-14", null), start);
        publish(Topics.REGISTRY_EVENTS, person(b2, SCHOOL_B, "MENTOR", "TEACHER", "adult", "over-3"), start);
        publish(Topics.PAIRING_EVENTS, new PairFixed("pair1-" + RUN, SCHOOL_A, MUN_A, "PUPIL_PUPIL", true, p2,
                List.of(p1, p3), LocalDate.of(2026, 9, 10)), LocalDate.of(2026, 9, 10));
        // p1 again, in a second pair: still one person
        publish(Topics.PAIRING_EVENTS, new PairFixed("pair3-" + RUN, SCHOOL_A, MUN_A, "PUPIL_PUPIL", false, p2,
                List.of(p1), LocalDate.of(2026, 9, 12)), LocalDate.of(2026, 9, 12));
        publish(Topics.PAIRING_EVENTS, new PairFixed("pair2-" + RUN, SCHOOL_A, MUN_A, "TEACHER_TEACHER", false, t2,
                List.of(t1), LocalDate.of(2026, 9, 15)), LocalDate.of(2026, 9, 15));
        publish(Topics.PAIRING_EVENTS, new PairFixed("pairB-" + RUN, SCHOOL_B, MUN_A, "TEACHER_TEACHER", false, b2,
                List.of(b1), LocalDate.of(2026, 9, 5)), LocalDate.of(2026, 9, 5));
        publish(Topics.PAIRING_EVENTS, new MeetingHeld("pair1-" + RUN, SCHOOL_A, MUN_A, "meet1-" + RUN, "ACQUAINTANCE",
                LocalDate.of(2026, 10, 1), "IN_PERSON"), LocalDate.of(2026, 10, 1));
        publish(Topics.PAIRING_EVENTS, new PairCompleted("pair2-" + RUN, SCHOOL_A, MUN_A, LocalDate.of(2026, 11, 1),
                "GOAL_REACHED", false), LocalDate.of(2026, 11, 1));
        // a redelivery of the same event id (another payload, to prove it is not applied) counts nothing
        String once = UUID.randomUUID().toString();
        publish(Topics.PAIRING_EVENTS, new MeetingHeld("pair1-" + RUN, SCHOOL_A, MUN_A, "meet2-" + RUN, "PLANNING",
                LocalDate.of(2026, 10, 2), "IN_PERSON"), LocalDate.of(2026, 10, 2), once);
        publish(Topics.PAIRING_EVENTS, new MeetingHeld("pair1-" + RUN, SCHOOL_A, MUN_A, "meet3-" + RUN, "WORKING",
                LocalDate.of(2026, 10, 3), "IN_PERSON"), LocalDate.of(2026, 10, 3), once);
        publish(Topics.REGISTRY_EVENTS, new ParticipantConsentWithdrawn(p1, SCHOOL_A, MUN_A), LocalDate.of(2026, 10, 5));
        publish(Topics.REGISTRY_EVENTS, new SchoolMoved(SCHOOL_B, MUN_B, REGION, MUN_A, REGION, MOVED_ON), MOVED_ON);

        // everything consumed: the last event of each topic shows
        await(TestTokens.analyst(REGION), "/api/monitoring/indicators?level=REGION&unit=" + REGION + "&asOf=2026-11-02",
                list -> figure(list, "COMPLETED_PAIRS").get("numerator").asLong() == 1
                        && figure(list, "MEETINGS_HELD").get("numerator").asLong() == 2
                        && figure(list, "MENTEES_PUPILS_10_18").get("numerator").asLong() == 3);
        Instant deadline = Instant.now().plusSeconds(30);
        while (jdbc.sql("SELECT count(*) FROM school_membership_fact WHERE school_id = ?").param(SCHOOL_B)
                .query(Integer.class).single() < 2 || jdbc.sql(
                "SELECT count(*) FROM participant_fact WHERE participant_id = ? AND consent_withdrawn_on IS NOT NULL")
                .param(p1).query(Integer.class).single() < 1) {
            assertThat(Instant.now()).as("the move and the withdrawal consumed").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private JsonNode await(String token, String path, Predicate<JsonNode> ready) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Response response = api().get(path, token);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            last = response.json();
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(150);
        }
        throw new AssertionError("Never ready: " + last);
    }

    private static JsonNode figure(JsonNode list, String code) {
        for (JsonNode figure : list) {
            if (figure.get("code").asText().equals(code)) {
                return figure;
            }
        }
        throw new AssertionError("No " + code + " in " + list);
    }

    private JsonNode get(String token, String path) {
        Api.Response response = api().get(path, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String indicators(String level, String unit, String asOf) {
        return "/api/monitoring/indicators?level=" + level + "&unit=" + unit + "&asOf=" + asOf;
    }

    @Test
    void theDepartmentSeesItsMunicipalityAsOfAnyDateWithTheMovedSchoolBeforeTheMoveOnly() {
        String officer = TestTokens.officer(MUN_A);
        JsonNode before = get(officer, indicators("MUNICIPALITY", MUN_A, "2026-09-30"));
        JsonNode mentees = figure(before, "MENTEES_PUPILS_10_18");
        // A: p1 (two pairs, withdrawn consent: still once) and p3; B: b1 — over A's and B's 100 + 100 pupils
        assertThat(mentees.get("numerator").asLong()).isEqualTo(3);
        assertThat(mentees.get("denominator").asLong()).isEqualTo(200);
        assertThat(mentees.get("value").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(mentees.get("target").decimalValue()).isEqualByComparingTo("70");
        assertThat(mentees.get("unit").asText()).isEqualTo("%");
        assertThat(mentees.get("version").asInt()).isEqualTo(1);
        assertThat(mentees.get("name").asText()).contains("от 10 до 18 лет");
        assertThat(mentees.get("formula").asText()).contains("÷");
        JsonNode active = figure(before, "ACTIVE_PAIRS");
        assertThat(active.get("numerator").asLong()).isEqualTo(4);
        assertThat(active.get("denominator").isNull()).isTrue();
        Map<String, Long> byForm = new HashMap<>();
        active.get("byForm").forEach(form -> byForm.put(form.get("form").asText(), form.get("value").asLong()));
        assertThat(byForm).isEqualTo(Map.of("PUPIL_PUPIL", 2L, "TEACHER_TEACHER", 2L));
        assertThat(figure(before, "YOUNG_TEACHERS_0_3").get("numerator").asLong()).isEqualTo(1);
        assertThat(figure(before, "YOUNG_TEACHERS_0_3").get("denominator").asLong()).isEqualTo(6);
        assertThat(figure(before, "MENTORS_PUPILS_15_18").get("numerator").asLong()).isEqualTo(1);
        assertThat(figure(before, "MEETINGS_HELD").get("numerator").asLong()).isZero(); // the first is on 1 October
        assertThat(figure(before, "MENTOR_SATISFACTION").get("value").isNull()).isTrue();

        // after the move B counts for B; A alone, and A's Q4 headcount applies from 1 October
        JsonNode after = get(officer, indicators("MUNICIPALITY", MUN_A, "2026-11-02"));
        assertThat(figure(after, "MENTEES_PUPILS_10_18").get("numerator").asLong()).isEqualTo(2);
        assertThat(figure(after, "MENTEES_PUPILS_10_18").get("denominator").asLong()).isEqualTo(1000);
        assertThat(figure(after, "ACTIVE_PAIRS").get("numerator").asLong()).isEqualTo(2);
        assertThat(figure(after, "COMPLETED_PAIRS").get("numerator").asLong()).isEqualTo(1);
        JsonNode b = get(TestTokens.officer(MUN_B), indicators("MUNICIPALITY", MUN_B, "2026-11-02"));
        assertThat(figure(b, "MENTEES_PUPILS_10_18").get("numerator").asLong()).isEqualTo(1);
        assertThat(figure(b, "MENTEES_PUPILS_10_18").get("denominator").asLong()).isEqualTo(100);

        // the past does not change: asked again for the day before the move, B is still A's
        assertThat(get(officer, indicators("SCHOOL", SCHOOL_B, "2026-10-14")).isArray()).isTrue();
        assertThat(api().get(indicators("SCHOOL", SCHOOL_B, MOVED_ON.toString()), officer).status()).isEqualTo(404);
        // before the school year of the pairs nothing was active
        assertThat(figure(get(officer, indicators("MUNICIPALITY", MUN_A, "2026-08-31")), "ACTIVE_PAIRS")
                .get("numerator").asLong()).isZero();
    }

    @Test
    void aSchoolReadsItsOwnFiguresAndTheRegionSumsNumeratorsAndDenominators() {
        JsonNode own = get(TestTokens.curator(SCHOOL_A, MUN_A), indicators("SCHOOL", SCHOOL_A, "2026-09-30"));
        assertThat(figure(own, "MENTEES_PUPILS_10_18").get("numerator").asLong()).isEqualTo(2);
        assertThat(figure(own, "MENTEES_PUPILS_10_18").get("value").decimalValue()).isEqualByComparingTo("2.00");
        JsonNode region = get(TestTokens.analyst(REGION), indicators("REGION", REGION, "2026-09-30"));
        // 3 / 200 = 1.5 %, not the mean of A's 2 % and B's 1 % and C's nothing
        assertThat(figure(region, "MENTEES_PUPILS_10_18").get("value").decimalValue()).isEqualByComparingTo("1.50");
    }

    @Test
    void theBreakdownComparesTheSchoolsOfAMunicipalityByIdOnly() {
        Api.Response response = api().get("/api/monitoring/indicators/MENTEES_PUPILS_10_18/breakdown?level=MUNICIPALITY&unit="
                + MUN_A + "&asOf=2026-09-30", TestTokens.officer(MUN_A));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode breakdown = response.json();
        assertThat(breakdown.get("by").asText()).isEqualTo("SCHOOL");
        assertThat(breakdown.at("/total/numerator").asLong()).isEqualTo(3);
        Map<String, String> values = new HashMap<>();
        breakdown.get("units").forEach(unit -> values.put(unit.get("unitId").asText(),
                unit.get("numerator").asLong() + "/" + unit.get("denominator").asLong()));
        assertThat(values).isEqualTo(Map.of(SCHOOL_A, "2/100", SCHOOL_B, "1/100"));
        assertThat(response.text()).doesNotContain(SCHOOL_NAME);

        JsonNode byMunicipality = get(TestTokens.analyst(REGION), "/api/monitoring/indicators/ACTIVE_PAIRS/breakdown"
                + "?level=REGION&unit=" + REGION + "&asOf=2026-11-02");
        Map<String, Long> pairs = new HashMap<>();
        byMunicipality.get("units").forEach(unit -> pairs.put(unit.get("unitId").asText(), unit.get("numerator").asLong()));
        assertThat(pairs).isEqualTo(Map.of(MUN_A, 2L, MUN_B, 1L));
    }

    @Test
    void anotherTenantSeesNothing() {
        String otherOfficer = TestTokens.officer("mun-elsewhere-" + RUN);
        for (String path : List.of(indicators("MUNICIPALITY", MUN_A, "2026-09-30"),
                indicators("SCHOOL", SCHOOL_A, "2026-09-30"),
                "/api/monitoring/indicators/ACTIVE_PAIRS/breakdown?level=MUNICIPALITY&unit=" + MUN_A,
                "/api/monitoring/indicators/ACTIVE_PAIRS?level=SCHOOL&unit=" + SCHOOL_A)) {
            Api.Response response = api().get(path, otherOfficer);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.text()).doesNotContain("numerator");
        }
        // a school cannot read another school, even of its own municipality
        assertThat(api().get(indicators("SCHOOL", SCHOOL_A, "2026-09-30"), TestTokens.curator(SCHOOL_B, MUN_A))
                .status()).isEqualTo(404);
        assertThat(api().get(indicators("SCHOOL", SCHOOL_A, "2026-09-30"), TestTokens.head(SCHOOL_C, MUN_B))
                .status()).isEqualTo(404);
        // a school reads no aggregate; a department no region; another region nothing
        assertThat(api().get(indicators("MUNICIPALITY", MUN_A, "2026-09-30"), TestTokens.curator(SCHOOL_A, MUN_A))
                .status()).isEqualTo(403);
        assertThat(api().get(indicators("REGION", REGION, "2026-09-30"), TestTokens.officer(MUN_A)).status())
                .isEqualTo(403);
        assertThat(api().get(indicators("REGION", REGION, "2026-09-30"), TestTokens.analyst("reg-other")).status())
                .isEqualTo(404);
        assertThat(api().get(indicators("MUNICIPALITY", MUN_A, "2026-09-30"), TestTokens.analyst("reg-other"))
                .status()).isEqualTo(404);
        assertThat(api().get(indicators("SCHOOL", SCHOOL_A, "2026-09-30"), TestTokens.analyst("reg-other"))
                .status()).isEqualTo(404);
        // roles without monitoring rights, and nobody
        Api.Response mentor = api().get(indicators("SCHOOL", SCHOOL_A, "2026-09-30"),
                TestTokens.mentor(SCHOOL_A, MUN_A, "p2-" + RUN));
        assertThat(mentor.status()).isEqualTo(403);
        assertThat(mentor.contentType()).startsWith("application/problem+json");
        assertThat(api().get(indicators("SCHOOL", SCHOOL_A, "2026-09-30"), TestTokens.admin()).status()).isEqualTo(403);
        assertThat(api().get(indicators("SCHOOL", SCHOOL_A, "2026-09-30"), null).status()).isEqualTo(401);
    }

    @Test
    void badInputIsAnsweredWithProblemDetails() {
        String officer = TestTokens.officer(MUN_A);
        Map<String, Integer> expected = Map.of(
                "/api/monitoring/indicators?level=CITY&unit=" + MUN_A, 400,
                "/api/monitoring/indicators?unit=" + MUN_A, 400,
                indicators("MUNICIPALITY", MUN_A, "2026-13-01"), 400,
                indicators("MUNICIPALITY", MUN_A, "01.10.2026"), 400,
                indicators("MUNICIPALITY", MUN_A, "1899-12-31"), 400,
                indicators("MUNICIPALITY", "a%20b", "2026-10-01"), 400,
                "/api/monitoring/indicators/ACTIVE_PAIRS?level=MUNICIPALITY&unit=" + MUN_A + "&version=zero", 400,
                "/api/monitoring/indicators/ACTIVE_PAIRS?level=MUNICIPALITY&unit=" + MUN_A + "&version=999", 404,
                "/api/monitoring/indicators/NO_SUCH_CODE?level=MUNICIPALITY&unit=" + MUN_A, 404,
                "/api/monitoring/indicators/ACTIVE_PAIRS/breakdown?level=SCHOOL&unit=" + SCHOOL_A, 400);
        expected.forEach((path, status) -> {
            Api.Response response = api().get(path, officer);
            assertThat(response.status()).as(path + " " + response).isEqualTo(status);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).as(path).isNotBlank();
        });
        Api.Response unknown = api().get(indicators("MUNICIPALITY", "mun-never-seen", "2026-10-01"),
                TestTokens.analyst(REGION));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theDefinitionsAreAppendOnlyInTheDatabaseItself() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE indicator_definition SET target = 1 WHERE code = 'ACTIVE_PAIRS'")
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM indicator_definition WHERE code = 'ACTIVE_PAIRS'").update())
                .hasMessageContaining("append-only");
    }
}
