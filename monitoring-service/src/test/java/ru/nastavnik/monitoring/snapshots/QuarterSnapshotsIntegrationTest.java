package ru.nastavnik.monitoring.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.monitoring.facts.DatedFacts;
import ru.nastavnik.monitoring.feed.FeedSchema;
import ru.nastavnik.platform.messaging.IntegrationEventPublisher;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * A quarter's life through the real service (PostgreSQL, Kafka, signed tokens): closed and frozen, approved school →
 * department → region with the refusals out of order, restated after a late fact (and only then), published on the
 * feed topic as CloudEvents valid against the schema in contracts, served as JSON, CSV and XLSX with small counts
 * suppressed, and the school's personified account kept to the school. Its own region and municipalities per run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuarterSnapshotsIntegrationTest extends ServiceIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String REGION = "sreg-" + RUN;
    private static final String MUN_A = "smun-a-" + RUN;
    private static final String MUN_B = "smun-b-" + RUN;
    private static final String MUN_EMPTY = "smun-x-" + RUN;
    private static final String A1 = "sa1-" + RUN;
    private static final String A2 = "sa2-" + RUN;
    private static final String B1 = "sb1-" + RUN;
    private static final String Q = "2026-Q3";
    private static final LocalDate FIXED = LocalDate.of(2026, 9, 10);
    private static final String FRESH_CODE = "SNAP_SHARE_" + RUN.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    DatedFacts facts;

    @Autowired
    IntegrationEventPublisher publisher;

    private final List<String> participantIds = new ArrayList<>();

    private Api api() {
        return Api.onPort(port);
    }

    private static String head(String school, String municipality) {
        return TestTokens.token("head-" + school, List.of("school-head"), school, municipality, REGION);
    }

    private static String curator(String school, String municipality) {
        return TestTokens.token("curator-" + school, List.of("school-curator"), school, municipality, REGION);
    }

    private static String officer(String municipality) {
        return TestTokens.token("officer-" + municipality, List.of("municipal-officer"), null, municipality, REGION);
    }

    private static String analyst() {
        return TestTokens.analyst(REGION);
    }

    private void school(String school, String municipality, int pupils10To14, int pupils15To18, int young) {
        facts.apply(new SchoolRegistered(school, municipality, REGION, "Школа", "GENERAL"), LocalDate.of(2026, 1, 1));
        facts.apply(new SchoolHeadcountReported(school, municipality, Q, pupils10To14, pupils15To18, young, 30,
                Map.of()), LocalDate.of(2026, 7, 1));
    }

    private String person(String school, String municipality, String role, String category, String ageBand) {
        String id = "p-" + UUID.randomUUID();
        participantIds.add(id);
        facts.apply(new ParticipantEnrolled(id, school, municipality, role, category, ageBand, null, null, null),
                LocalDate.of(2026, 9, 1));
        return id;
    }

    /** A group of pupils with a mentor, fixed by order: its mentee ids. */
    private List<String> group(String school, String municipality, String mentorCategory, String mentorBand,
                               int mentees) {
        String mentor = person(school, municipality, "MENTOR", mentorCategory, mentorBand);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            ids.add(person(school, municipality, "MENTEE", "PUPIL", "10-14"));
        }
        facts.apply(new PairFixed("pair-" + UUID.randomUUID(), school, municipality, "PUPIL_PUPIL", true, mentor, ids,
                FIXED), FIXED);
        return ids;
    }

    @BeforeAll
    void history() {
        // a fresh indicator of the region's set: its later version must never change an approved figure
        Api.Response defined = api().put("/api/monitoring/indicators/definitions/" + FRESH_CODE, analyst(),
                definition("10-14", "PUPILS_10_14"));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);

        school(A1, MUN_A, 40, 20, 3);
        school(A2, MUN_A, 30, 10, 6);
        school(B1, MUN_B, 50, 25, 8);
        group(A1, MUN_A, "PUPIL", "15-18", 5);
        group(A1, MUN_A, "PUPIL", "15-18", 5);
        group(A2, MUN_A, "PUPIL", "15-18", 6);
        group(B1, MUN_B, "TEACHER", "adult", 7);
    }

    private static Map<String, Object> definition(String ageBand, String headcountField) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Доля наставляемых (проверка снимков)");
        body.put("numerator", Map.of("fact", "PAIR_PARTICIPANTS", "filters",
                Map.of("pairRole", List.of("MENTEE"), "category", List.of("PUPIL"), "ageBand", List.of(ageBand))));
        body.put("denominator", Map.of("fact", "HEADCOUNT", "filters", Map.of("field", List.of(headcountField))));
        body.put("factor", 100);
        body.put("unit", "%");
        body.put("formula", "Наставляемые ÷ численность × 100%");
        return body;
    }

    private JsonNode snapshot(String level, String unit, String token) {
        Api.Response response = api().get("/api/monitoring/snapshots/" + level + "/" + unit + "/" + Q, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode figure(JsonNode figures, String code) {
        for (JsonNode figure : figures) {
            if (figure.path("code").asText().equals(code)) {
                return figure;
            }
        }
        throw new AssertionError("No figure " + code + " in " + figures);
    }

    private static JsonNode latestFigures(JsonNode snapshot) {
        JsonNode versions = snapshot.get("versions");
        return versions.get(versions.size() - 1).get("figures");
    }

    private Api.Response approve(String level, String unit, String token) {
        return api().post("/api/monitoring/snapshots/" + level + "/" + unit + "/" + Q + "/approval", token, null);
    }

    private static void refused(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(response.json().path("code").asText()).as(response.toString()).isEqualTo(code);
        }
    }

    @Test
    @Order(1)
    void closingTheQuarterFreezesEverySchoolsFiguresOnceWithTheirDefinitionVersions() {
        String current = Quarter.of(LocalDate.now()).toString();
        refused(api().post("/api/monitoring/quarters/" + current + "/closure", analyst(), null), 409, "quarter-open");
        refused(api().post("/api/monitoring/quarters/" + Q + "/closure", curator(A1, MUN_A), null), 403, null);
        refused(api().post("/api/monitoring/quarters/2026-Q5/closure", analyst(), null), 400, null);
        assertThat(api().post("/api/monitoring/quarters/" + Q + "/closure", null, null).status()).isEqualTo(401);

        Api.Response closed = api().post("/api/monitoring/quarters/" + Q + "/closure", analyst(), null);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("frozen").asInt()).isEqualTo(3);
        Api.Response again = api().post("/api/monitoring/quarters/" + Q + "/closure", analyst(), null);
        assertThat(again.json().path("frozen").asInt()).isZero();
        assertThat(again.json().path("alreadyFrozen").asInt()).isEqualTo(3);

        JsonNode a1 = snapshot("SCHOOL", A1, head(A1, MUN_A));
        assertThat(a1.path("status").asText()).isEqualTo("FROZEN");
        assertThat(a1.path("version").asInt()).isEqualTo(1);
        JsonNode mentees = figure(latestFigures(a1), "MENTEES_PUPILS_10_18");
        assertThat(mentees.path("numerator").asLong()).isEqualTo(10);
        assertThat(mentees.path("denominator").asLong()).isEqualTo(60);
        assertThat(mentees.path("value").decimalValue()).isEqualByComparingTo("16.67");
        assertThat(mentees.path("definitionVersion").asInt()).isEqualTo(1);
        assertThat(figure(latestFigures(a1), "ACTIVE_PAIRS").path("numerator").asLong()).isEqualTo(2);
        assertThat(figure(latestFigures(a1), FRESH_CODE).path("value").decimalValue()).isEqualByComparingTo("25.00");
    }

    @Test
    @Order(2)
    void approvalGoesSchoolThenDepartmentThenRegionAndRefusesEveryOtherOrder() throws Exception {
        refused(approve("MUNICIPALITY", MUN_A, officer(MUN_A)), 409, "approval-order");
        refused(approve("REGION", REGION, analyst()), 409, "approval-order");
        refused(approve("SCHOOL", A1, curator(A1, MUN_A)), 403, "approval-role");
        refused(approve("SCHOOL", A1, officer(MUN_A)), 403, "approval-role");
        refused(approve("SCHOOL", A1, head(A2, MUN_A)), 404, null);

        Api.Response a1 = approve("SCHOOL", A1, head(A1, MUN_A));
        assertThat(a1.status()).as(a1.toString()).isEqualTo(200);
        assertThat(a1.json().path("status").asText()).isEqualTo("APPROVED");
        refused(approve("SCHOOL", A1, head(A1, MUN_A)), 409, "quarter-approved");
        refused(approve("MUNICIPALITY", MUN_A, officer(MUN_A)), 409, "approval-order");
        assertThat(approve("SCHOOL", A2, head(A2, MUN_A)).status()).isEqualTo(200);

        refused(approve("MUNICIPALITY", MUN_A, officer(MUN_B)), 404, null);
        Api.Response munA = approve("MUNICIPALITY", MUN_A, officer(MUN_A));
        assertThat(munA.status()).as(munA.toString()).isEqualTo(200);
        JsonNode summed = figure(latestFigures(munA.json()), "MENTEES_PUPILS_10_18");
        assertThat(summed.path("numerator").asLong()).isEqualTo(16);
        assertThat(summed.path("denominator").asLong()).isEqualTo(100);
        assertThat(summed.path("value").decimalValue()).isEqualByComparingTo("16.00");
        refused(approve("MUNICIPALITY", MUN_A, officer(MUN_A)), 409, "quarter-approved");

        Api.Response early = approve("REGION", REGION, analyst());
        refused(early, 409, "approval-order");
        assertThat(early.json().path("detail").asText()).contains(MUN_B).doesNotContain(MUN_A);
        assertThat(approve("SCHOOL", B1, head(B1, MUN_B)).status()).isEqualTo(200);
        assertThat(approve("MUNICIPALITY", MUN_B, officer(MUN_B)).status()).isEqualTo(200);
        Api.Response region = approve("REGION", REGION, analyst());
        assertThat(region.status()).as(region.toString()).isEqualTo(200);
        assertThat(figure(latestFigures(region.json()), "MENTEES_PUPILS_10_18").path("numerator").asLong())
                .isEqualTo(23);
        refused(approve("REGION", REGION, analyst()), 409, "quarter-approved");

        // six keys on several partitions: wait for all of them, not for the last one written
        java.util.Set<String> six = java.util.Set.of("SCHOOL:" + A1 + ":" + Q, "SCHOOL:" + A2 + ":" + Q,
                "SCHOOL:" + B1 + ":" + Q, "MUNICIPALITY:" + MUN_A + ":" + Q, "MUNICIPALITY:" + MUN_B + ":" + Q,
                "REGION:" + REGION + ":" + Q);
        List<ConsumerRecord<String, CloudEvent>> feed = awaitFeed(records -> records.stream()
                .map(ConsumerRecord::key).collect(java.util.stream.Collectors.toSet()).containsAll(six));
        Map<String, JsonNode> approved = new HashMap<>();
        for (ConsumerRecord<String, CloudEvent> record : feed) {
            assertThat(record.value().getType()).isEqualTo("monitoring.QuarterSnapshotApproved.v1");
            approved.put(record.key(), JSON.readTree(record.value().getData().toBytes()));
        }
        assertThat(approved.keySet()).containsExactlyInAnyOrder("SCHOOL:" + A1 + ":" + Q, "SCHOOL:" + A2 + ":" + Q,
                "SCHOOL:" + B1 + ":" + Q, "MUNICIPALITY:" + MUN_A + ":" + Q, "MUNICIPALITY:" + MUN_B + ":" + Q,
                "REGION:" + REGION + ":" + Q);
        CloudEvent a1Event = feed.stream().filter(r -> r.key().equals("SCHOOL:" + A1 + ":" + Q)).findFirst()
                .orElseThrow().value();
        assertThat(a1Event.getExtension("schoolid")).isEqualTo(A1);
        assertThat(a1Event.getExtension("municipalityid")).isEqualTo(MUN_A);
        assertThat(a1Event.getSource().toString()).isEqualTo("/nastavnik/monitoring-service");

        JsonNode a1Payload = approved.get("SCHOOL:" + A1 + ":" + Q);
        JsonNode mentors = figure(a1Payload.get("figures"), "MENTORS_PUPILS_15_18");
        assertThat(mentors.path("suppressed").asBoolean()).as("2 pupil mentors of 20").isTrue();
        assertThat(mentors.has("value") && mentors.get("value").isNull()).as("value published as null").isTrue();
        assertThat(mentors.get("numerator").isNull()).isTrue();
        assertThat(figure(a1Payload.get("figures"), "YOUNG_TEACHERS_0_3").path("suppressed").asBoolean())
                .as("a headcount of 3 young teachers").isTrue();
        JsonNode mentees = figure(a1Payload.get("figures"), "MENTEES_PUPILS_10_18");
        assertThat(mentees.path("suppressed").asBoolean()).isFalse();
        assertThat(mentees.path("numerator").asLong()).isEqualTo(10);
        assertThat(figure(a1Payload.get("figures"), "ACTIVE_PAIRS").path("suppressed").asBoolean())
                .as("2 pairs are not people").isFalse();
        // the municipality's sum is suppressed too when it counts fewer than five people (3 pupil mentors)
        assertThat(figure(approved.get("MUNICIPALITY:" + MUN_A + ":" + Q).get("figures"), "MENTORS_PUPILS_15_18")
                .path("suppressed").asBoolean()).isTrue();
        approved.forEach((key, payload) -> assertThat(FeedSchema.errors(payload)).as(key).isEmpty());
        assertThat(feed.toString() + approved).doesNotContain(participantIds.get(0));
    }

    @Test
    @Order(3)
    void aLateFactRestatesTheLockedQuarterWithThePreviousValueAndNothingElseDoes() throws Exception {
        Api.Response unchanged = api().post("/api/monitoring/snapshots/restatements", analyst(), null);
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        assertThat(snapshot("SCHOOL", A1, head(A1, MUN_A)).path("version").asInt()).isEqualTo(1);
        assertThat(snapshot("REGION", REGION, analyst()).path("version").asInt()).isEqualTo(1);

        // a new version of a definition never changes an approved figure
        assertThat(api().put("/api/monitoring/indicators/definitions/" + FRESH_CODE, analyst(),
                definition("15-18", "PUPILS_15_18")).status()).isEqualTo(201);
        api().post("/api/monitoring/snapshots/restatements", analyst(), null);
        JsonNode stillOne = snapshot("SCHOOL", A1, head(A1, MUN_A));
        assertThat(stillOne.path("version").asInt()).isEqualTo(1);
        assertThat(figure(latestFigures(stillOne), FRESH_CODE).path("definitionVersion").asInt()).isEqualTo(1);
        assertThat(figure(latestFigures(stillOne), FRESH_CODE).path("value").decimalValue())
                .isEqualByComparingTo("25.00");

        // facts arriving late through Kafka: a pair fixed within the quarter, reported after its approval
        String mentor = "p-" + UUID.randomUUID();
        String late1 = "p-" + UUID.randomUUID();
        String late2 = "p-" + UUID.randomUUID();
        participantIds.addAll(List.of(mentor, late1, late2));
        publish(new ParticipantEnrolled(mentor, A1, MUN_A, "MENTOR", "TEACHER", "adult", null, null, null));
        publish(new ParticipantEnrolled(late1, A1, MUN_A, "MENTEE", "PUPIL", "10-14", null, null, null));
        publish(new ParticipantEnrolled(late2, A1, MUN_A, "MENTEE", "PUPIL", "10-14", null, null, null));
        publish(new PairFixed("late-pair-" + RUN, A1, MUN_A, "PUPIL_PUPIL", true, mentor, List.of(late1, late2),
                LocalDate.of(2026, 9, 25)));
        awaitIndicator(A1, "MENTEES_PUPILS_10_18", numerator -> numerator == 12);

        Api.Response restated = api().post("/api/monitoring/snapshots/restatements", analyst(), null);
        assertThat(restated.status()).isEqualTo(200);
        assertThat(restated.json().path("restated").asInt()).isGreaterThanOrEqualTo(3);
        JsonNode a1 = snapshot("SCHOOL", A1, head(A1, MUN_A));
        assertThat(a1.path("version").asInt()).isEqualTo(2);
        assertThat(a1.path("status").asText()).isEqualTo("RESTATED");
        assertThat(a1.path("approvedVersion").asInt()).isEqualTo(1);
        JsonNode first = figure(a1.at("/versions/0/figures"), "MENTEES_PUPILS_10_18");
        assertThat(first.path("numerator").asLong()).as("version 1 is kept as it was").isEqualTo(10);
        JsonNode change = figure(a1.at("/versions/1/changes"), "MENTEES_PUPILS_10_18");
        assertThat(change.path("previousValue").decimalValue()).isEqualByComparingTo("16.67");
        assertThat(change.path("value").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(change.path("difference").decimalValue()).isEqualByComparingTo("3.33");
        assertThat(a1.at("/versions/1/changes").size()).as("only what changed: " + a1.at("/versions/1/changes"))
                .isLessThanOrEqualTo(3);
        JsonNode munA = snapshot("MUNICIPALITY", MUN_A, officer(MUN_A));
        assertThat(munA.path("version").asInt()).isEqualTo(2);
        assertThat(figure(latestFigures(munA), "MENTEES_PUPILS_10_18").path("value").decimalValue())
                .isEqualByComparingTo("18.00");
        assertThat(snapshot("REGION", REGION, analyst()).path("version").asInt()).isEqualTo(2);
        assertThat(snapshot("MUNICIPALITY", MUN_B, officer(MUN_B)).path("version").asInt()).isEqualTo(1);

        api().post("/api/monitoring/snapshots/restatements", analyst(), null);
        assertThat(snapshot("SCHOOL", A1, head(A1, MUN_A)).path("version").asInt()).as("idempotent").isEqualTo(2);
        assertThat(snapshot("REGION", REGION, analyst()).path("version").asInt()).isEqualTo(2);

        List<ConsumerRecord<String, CloudEvent>> feed = awaitFeed(records -> records.stream()
                .filter(r -> r.value().getType().equals("monitoring.QuarterSnapshotRestated.v1")).count() >= 3);
        List<ConsumerRecord<String, CloudEvent>> restatements = feed.stream()
                .filter(r -> r.value().getType().equals("monitoring.QuarterSnapshotRestated.v1")).toList();
        assertThat(restatements).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                "SCHOOL:" + A1 + ":" + Q, "MUNICIPALITY:" + MUN_A + ":" + Q, "REGION:" + REGION + ":" + Q);
        for (ConsumerRecord<String, CloudEvent> record : restatements) {
            JsonNode payload = JSON.readTree(record.value().getData().toBytes());
            assertThat(FeedSchema.errors(payload)).as(record.key()).isEmpty();
            assertThat(payload.path("version").asInt()).isEqualTo(2);
            assertThat(payload.path("previousVersion").asInt()).isEqualTo(1);
        }
        JsonNode a1Payload = JSON.readTree(restatements.stream().filter(r -> r.key().startsWith("SCHOOL:"))
                .findFirst().orElseThrow().value().getData().toBytes());
        JsonNode mentees = figure(a1Payload.get("figures"), "MENTEES_PUPILS_10_18");
        assertThat(mentees.path("previousValue").decimalValue()).isEqualByComparingTo("16.67");
        assertThat(mentees.path("difference").decimalValue()).isEqualByComparingTo("3.33");
    }

    @Test
    @Order(4)
    void theFeedIsServedAsJsonCsvAndXlsxToTheRegionAndToEachDepartmentItsOwn() throws Exception {
        Api.Response region = api().get("/api/monitoring/feed?quarter=" + Q + "&format=json", analyst());
        assertThat(region.status()).as(region.toString()).isEqualTo(200);
        Map<String, JsonNode> byUnit = new HashMap<>();
        region.json().get("snapshots").forEach(s -> byUnit.put(s.path("unitId").asText(), s));
        assertThat(byUnit.keySet()).containsExactlyInAnyOrder(A1, A2, B1, MUN_A, MUN_B, REGION);
        assertThat(byUnit.get(A1).path("status").asText()).isEqualTo("RESTATED");
        JsonNode mentors = figure(byUnit.get(A2).get("figures"), "MENTORS_PUPILS_15_18");
        assertThat(mentors.path("suppressed").asBoolean()).isTrue();
        assertThat(mentors.has("value") && mentors.get("value").isNull()).isTrue();
        JsonNode regionMentors = figure(byUnit.get(REGION).get("figures"), "MENTORS_PUPILS_15_18");
        assertThat(regionMentors.path("suppressed").asBoolean()).as("3 pupil mentors in the whole region").isTrue();
        JsonNode regionMentees = figure(byUnit.get(REGION).get("figures"), "MENTEES_PUPILS_10_18");
        assertThat(regionMentees.path("numerator").asLong()).isEqualTo(25);

        Api.Response department = api().get("/api/monitoring/feed?quarter=" + Q, officer(MUN_A));
        List<String> units = new ArrayList<>();
        department.json().get("snapshots").forEach(s -> units.add(s.path("unitId").asText()));
        assertThat(units).containsExactlyInAnyOrder(A1, A2, MUN_A);
        Api.Response elsewhere = api().get("/api/monitoring/feed?quarter=" + Q, officer(MUN_EMPTY));
        assertThat(elsewhere.json().get("snapshots")).isEmpty();
        refused(api().get("/api/monitoring/feed?quarter=" + Q, head(A1, MUN_A)), 403, null);
        assertThat(api().get("/api/monitoring/feed?quarter=" + Q, null).status()).isEqualTo(401);
        refused(api().get("/api/monitoring/feed?quarter=" + Q + "&format=pdf", analyst()), 400, null);
        refused(api().get("/api/monitoring/feed?quarter=2026-4", analyst()), 400, null);

        Api.Response csv = api().get("/api/monitoring/feed?quarter=" + Q + "&format=csv", officer(MUN_A));
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).isEqualTo("quarter,level,unitId,municipalityId,regionId,version,status,code,"
                + "definitionVersion,name,unit,numerator,denominator,value,suppressed,previousValue,difference");
        String a1Mentees = line(lines, A1, "MENTEES_PUPILS_10_18");
        assertThat(a1Mentees).startsWith(Q + ",SCHOOL," + A1 + "," + MUN_A + "," + REGION + ",2,RESTATED,")
                .endsWith(",%,12,60,20.00,false,16.67,3.33");
        assertThat(line(lines, A1, "MENTORS_PUPILS_15_18")).endsWith(",%,,,,true,,");
        assertThat(csv.text()).doesNotContain(B1);

        Api.Response xlsx = api().get("/api/monitoring/feed?quarter=" + Q + "&format=xlsx", analyst());
        assertThat(xlsx.contentType())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheet("Показатели");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Квартал");
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Значение");
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Скрыто (менее 5 человек)");
            Row mentees = row(sheet, A1, "MENTEES_PUPILS_10_18");
            assertThat(mentees.getCell(11).getNumericCellValue()).isEqualTo(12.0);
            assertThat(mentees.getCell(13).getNumericCellValue()).isEqualTo(20.0);
            assertThat(mentees.getCell(14).getStringCellValue()).isEqualTo("нет");
            assertThat(mentees.getCell(16).getNumericCellValue()).isEqualTo(3.33);
            Row hidden = row(sheet, A1, "MENTORS_PUPILS_15_18");
            assertThat(hidden.getCell(11)).as("no count").isNull();
            assertThat(hidden.getCell(13)).as("no value").isNull();
            assertThat(hidden.getCell(14).getStringCellValue()).isEqualTo("да");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(6 * 11);
        }
        assertThat(region.text()).doesNotContain(participantIds.get(0)).doesNotContain(participantIds.get(5));
    }

    @Test
    @Order(5)
    void thePersonifiedAccountIsTheSchoolsOwnAndNamesNobody() {
        String path = "/api/monitoring/schools/" + A1 + "/quarters/" + Q + "/participants";
        Api.Response account = api().get(path, head(A1, MUN_A));
        assertThat(account.status()).as(account.toString()).isEqualTo(200);
        assertThat(account.json().path("participants").asInt()).isEqualTo(15); // 2 + 10 pupils, 1 + 2 late
        JsonNode first = null;
        for (JsonNode row : account.json().get("participations")) {
            if (row.path("participantId").asText().equals(participantIds.get(1))) {
                first = row;
            }
            assertThat(row.path("form").asText()).isEqualTo("PUPIL_PUPIL");
            assertThat(row.path("pairId").asText()).isNotBlank();
        }
        assertThat(first).as("the first group's first mentee").isNotNull();
        assertThat(first.path("pairRole").asText()).isEqualTo("MENTEE");
        assertThat(first.path("category").asText()).isEqualTo("PUPIL");
        assertThat(account.text()).doesNotContainIgnoringCase("name");
        assertThat(api().get(path, curator(A1, MUN_A)).status()).isEqualTo(200);

        refused(api().get(path, head(A2, MUN_A)), 404, null);
        refused(api().get(path, officer(MUN_A)), 403, null);
        refused(api().get(path, analyst()), 403, null);
        assertThat(api().get(path, null).status()).isEqualTo(401);
        Api.Response earlier = api().get("/api/monitoring/schools/" + A1 + "/quarters/2026-Q2/participants",
                head(A1, MUN_A));
        assertThat(earlier.json().path("participants").asInt()).as("no pair was fixed before September").isZero();
    }

    @Test
    @Order(6)
    void aSnapshotIsReadByItsUnitAndTheLevelsAboveOnly() {
        assertThat(api().get("/api/monitoring/snapshots/SCHOOL/" + A1 + "/" + Q, officer(MUN_B)).status())
                .isEqualTo(404);
        assertThat(api().get("/api/monitoring/snapshots/SCHOOL/" + A1 + "/" + Q, head(A2, MUN_A)).status())
                .isEqualTo(404);
        assertThat(api().get("/api/monitoring/snapshots/REGION/" + REGION + "/" + Q, officer(MUN_A)).status())
                .isEqualTo(404);
        assertThat(api().get("/api/monitoring/snapshots/REGION/" + REGION + "/" + Q, TestTokens.analyst("other-"
                + RUN)).status()).isEqualTo(404);
        assertThat(api().get("/api/monitoring/snapshots/SCHOOL/" + A1 + "/" + Q,
                TestTokens.mentor(A1, MUN_A, "p-x")).status()).isEqualTo(403);
        assertThat(api().get("/api/monitoring/snapshots/SCHOOL/" + A1 + "/" + Q, null).status()).isEqualTo(401);
        assertThat(snapshot("SCHOOL", A1, officer(MUN_A)).path("unitId").asText()).isEqualTo(A1);

        Api.Response list = api().get("/api/monitoring/snapshots?quarter=" + Q, officer(MUN_A));
        List<String> units = new ArrayList<>();
        list.json().forEach(line -> units.add(line.path("unitId").asText()));
        assertThat(units).containsExactlyInAnyOrder(A1, A2, MUN_A);
        Api.Response mine = api().get("/api/monitoring/snapshots?quarter=" + Q, head(B1, MUN_B));
        assertThat(mine.json()).hasSize(1);
        assertThat(mine.json().get(0).path("unitId").asText()).isEqualTo(B1);
    }

    private void publish(IntegrationEvent event) {
        publisher.publish(topicOf(event), event,
                UUID.randomUUID().toString(), Instant.now());
    }

    private static String topicOf(IntegrationEvent event) {
        return event instanceof PairFixed ? Topics.PAIRING_EVENTS : Topics.REGISTRY_EVENTS;
    }

    private void awaitIndicator(String school, String code, Predicate<Long> ready) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Response response = api().get("/api/monitoring/indicators/" + code + "?level=SCHOOL&unit=" + school
                    + "&asOf=2026-09-30", head(school, MUN_A));
            last = response.json();
            if (response.status() == 200 && ready.test(last.path("numerator").asLong())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The late facts never reached the indicator: " + last);
    }

    /** This run's records on the feed topic, once they satisfy the condition. */
    private static List<ConsumerRecord<String, CloudEvent>> awaitFeed(
            Predicate<List<ConsumerRecord<String, CloudEvent>>> done) {
        Predicate<ConsumerRecord<String, CloudEvent>> ours = record -> record.key().contains(RUN);
        List<ConsumerRecord<String, CloudEvent>> seen = KafkaTestClient.readUntil(Topics.MONITORING_FEED,
                Duration.ofSeconds(30), records -> done.test(records.stream().filter(ours).toList()));
        return seen.stream().filter(ours).toList();
    }

    private static String line(String[] lines, String unit, String code) {
        for (String line : lines) {
            if (line.contains("," + unit + ",") && line.contains("," + code + ",")) {
                return line;
            }
        }
        throw new AssertionError("No line for " + unit + " " + code);
    }

    private static Row row(Sheet sheet, String unit, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && unit.equals(row.getCell(2).getStringCellValue())
                    && code.equals(row.getCell(7).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row for " + unit + " " + code);
    }
}
