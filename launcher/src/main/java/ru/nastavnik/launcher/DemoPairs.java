package ru.nastavnik.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A school with about sixty people in its bases and its pairs at work, entered as a school would: pupils and
 * teachers with their consent, mentors described, selected and trained; the forms chosen; a proposal for teachers
 * and one for pupils confirmed and fixed by the head's orders; meetings with feedback from both sides (the pupils'
 * through their one-time links); one pair that never met (so the stalled board has something to show); a fresh
 * proposal left for the curator to shape; and the demo account {@code mentor} linked to its participant record.
 * Invented names only.
 */
final class DemoPairs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SURNAMES = {"Алексеев", "Белов", "Васильев", "Григорьев", "Давыдов", "Ершов",
            "Жуков", "Зайцев", "Ильин", "Комаров", "Лаптев", "Макаров", "Никитин", "Орлов", "Павлов", "Романов",
            "Семёнов", "Тихонов", "Ушаков", "Фёдоров", "Харитонов", "Цветков", "Чернов", "Шубин"};
    private static final String[] BOYS = {"Артём", "Богдан", "Владимир", "Глеб", "Денис", "Егор", "Иван", "Кирилл",
            "Лев", "Максим", "Никита", "Олег", "Павел", "Роман", "Степан", "Тимур"};
    private static final String[] GIRLS = {"Алина", "Вера", "Дарья", "Ева", "Злата", "Ирина", "Ксения", "Любовь",
            "Мария", "Надежда", "Ольга", "Полина", "Софья", "Таисия", "Ульяна", "Яна"};
    private static final String[] REQUESTS = {"ACADEMIC_PERFORMANCE", "OLYMPIAD", "PROJECT", "CAREER_GUIDANCE",
            "ADAPTATION", "COMMUNICATION", "LEADERSHIP"};

    private final DemoData demo;
    private final StackConfig config;
    private final Random random = new Random(20260901);
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> consent = Map.of("signedBy", "GUARDIAN", "signerName", "Законный представитель",
            "signedOn", "2026-09-05", "scopes", List.of("PROCESSING"));
    private final Map<String, Object> ownConsent = Map.of("signedBy", "PERSON", "signedOn", "2026-09-05",
            "scopes", List.of("PROCESSING"));
    private int people;

    DemoPairs(DemoData demo, StackConfig config) {
        this.demo = demo;
        this.config = config;
    }

    void load(String curator, String head, String teacherMentor) throws IOException, InterruptedException {
        // the school's bases: 40 pupils who asked for a mentor, 12 pupils who offered to be one, teachers
        for (int i = 0; i < 40; i++) {
            int grade = 5 + i % 4;
            String id = enrol(curator, "MENTEE", "PUPIL", grade, null);
            demo.call("PUT", "/api/registry/participants/" + id + "/requests", curator, Map.of("requests",
                    List.of(REQUESTS[random.nextInt(REQUESTS.length)], REQUESTS[random.nextInt(REQUESTS.length)])));
        }
        int selectedMentors = 1; // the teacher-mentor of the bases, already selected
        for (int i = 0; i < 12; i++) {
            String id = enrol(curator, "MENTOR", "PUPIL", 9 + i % 3, null);
            boolean selected = i < 10;
            describe(curator, id, List.of(REQUESTS[i % REQUESTS.length], REQUESTS[(i + 3) % REQUESTS.length]),
                    List.of("PUPIL_PUPIL"), 2 + i % 2, selected, i % 3 != 2);
            selectedMentors += selected ? 1 : 0;
        }
        for (int i = 0; i < 2; i++) {
            String id = enrol(curator, "MENTOR", "TEACHER", null, 12 + i * 7);
            // one young teacher each: the mentor account's teacher takes the others
            describe(curator, id, List.of("METHODOLOGY", "CLASSROOM_MANAGEMENT"), List.of("TEACHER_TEACHER"), 1, true,
                    true);
            selectedMentors++;
        }
        for (int i = 0; i < 3; i++) {
            String id = enrol(curator, "MENTEE", "YOUNG_TEACHER", null, 1 + i % 2);
            demo.call("PUT", "/api/registry/participants/" + id + "/requests", curator, Map.of("requests",
                    List.of(i == 0 ? "METHODOLOGY" : "CLASSROOM_MANAGEMENT", "DIGITAL_TOOLS")));
        }
        int mentees = 40 + 3 + 3; // and the three mentees of the bases' first entries
        awaitDirectory(curator, selectedMentors, mentees);

        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        LocalDate chosenOn = later(today.minusDays(25), yearStart);
        String schoolYear = yearStart.getYear() + "/" + (yearStart.getYear() + 1);
        demo.call("PUT", "/api/pairing/programme/forms", curator, Map.of("schoolYear", schoolYear,
                "forms", List.of("PUPIL_PUPIL", "TEACHER_TEACHER", "EMPLOYER_PUPIL"), "chosenOn", chosenOn.toString()));

        // teachers first, then pupils: each proposal confirmed and fixed by its own order
        LocalDate teachersFixed = later(today.minusDays(20), chosenOn);
        List<String> teacherPairs = confirmedProposal(curator, "TEACHER_TEACHER");
        demo.call("POST", "/api/pairing/orders", head, Map.of("number", "45-о", "issuedOn", teachersFixed.toString(),
                "pairIds", teacherPairs));
        LocalDate pupilsFixed = later(today.minusDays(18), chosenOn);
        List<String> pupilPairs = confirmedProposal(curator, "PUPIL_PUPIL");
        demo.call("POST", "/api/pairing/orders", head, Map.of("number", "46-о", "issuedOn", pupilsFixed.toString(),
                "pairIds", pupilPairs));

        // the mentor account's pair: the whole sequence up to a working meeting, the plan agreed, the pupil's say pending
        for (String pairId : teacherPairs) {
            JsonNode pair = demo.call("GET", "/api/pairing/pairs/" + pairId, curator, null);
            if (pair.get("mentorId").asText().equals(teacherMentor)) {
                demo.call("PUT", "/api/pairing/pairs/" + pairId + "/plan", curator, Map.of("goals", List.of(
                        "Освоить методику проектной деятельности на уроках биологии",
                        "Подготовить открытый урок к концу полугодия"), "tasks", List.of(Map.of("title",
                        "Посетить три урока наставника", "from", teachersFixed.toString(),
                        "to", later(teachersFixed.plusDays(30), teachersFixed).toString()))));
                demo.call("POST", "/api/pairing/pairs/" + pairId + "/plan/agreement", curator, null);
                meetings(curator, pairId, teachersFixed, 4, false);
            } else {
                meetings(curator, pairId, teachersFixed, 3, false);
            }
        }
        // pupils: most pairs meet and both sides answer; the last one never met and stands on the stalled board
        for (int i = 0; i < pupilPairs.size(); i++) {
            boolean stalled = i == pupilPairs.size() - 1;
            if (!stalled) {
                meetings(curator, pupilPairs.get(i), pupilsFixed, i % 3 == 0 ? 4 : 2, i % 3 == 0);
            }
        }
        // new mentors joined after the orders: the rest of the bases, proposed for the curator to shape
        for (int i = 0; i < 4; i++) {
            String id = enrol(curator, "MENTOR", "PUPIL", 10 + i % 2, null);
            describe(curator, id, List.of(REQUESTS[(i + 1) % REQUESTS.length], REQUESTS[(i + 5) % REQUESTS.length]),
                    List.of("PUPIL_PUPIL"), 2 + i % 2, true, true);
        }
        awaitDirectory(curator, selectedMentors + 4, mentees);
        demo.call("POST", "/api/pairing/proposals", curator, Map.of());
        linkMentorAccount(teacherMentor);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private String enrol(String curator, String role, String category, Integer grade, Integer experience)
            throws IOException, InterruptedException {
        int n = people++;
        boolean girl = n % 2 == 1;
        // every (surname, first name) different for the first 72 people: 24 surnames, a first name shifted by 9 each round
        String surname = SURNAMES[n % SURNAMES.length] + (girl ? "а" : "");
        int firstName = (n * 7 + n / SURNAMES.length) % GIRLS.length;
        String first = girl ? GIRLS[firstName] : BOYS[firstName];
        int birthYear = grade != null ? today.getYear() - 7 - grade : today.getYear() - 23 - (experience == null ? 0 : experience);
        Map<String, Object> person = new HashMap<>(Map.of("role", role, "category", category,
                "fullName", surname + " " + first, "birthDate", birthYear + "-0" + (1 + n % 9) + "-1" + (n % 9),
                "consent", grade != null ? consent : ownConsent));
        if (grade != null) {
            person.put("grade", grade);
        }
        if (experience != null) {
            person.put("experienceYears", experience);
        }
        return demo.call("POST", "/api/registry/participants", curator, person).get("id").asText();
    }

    private void describe(String curator, String id, List<String> competencies, List<String> forms, int capacity,
                          boolean selected, boolean trained) throws IOException, InterruptedException {
        demo.call("PUT", "/api/registry/participants/" + id + "/mentor-profile", curator, Map.of("competencies", "",
                "competencyCodes", competencies, "preferredForms", forms, "capacity", capacity));
        if (trained) {
            demo.call("POST", "/api/registry/participants/" + id + "/trainings", curator, Map.of("course",
                    "Школа наставника: семинар", "hours", 16, "certificateNumber", "С-" + id.substring(0, 6),
                    "certificateDate", "2026-06-20"));
        }
        demo.call("POST", "/api/registry/participants/" + id + "/selection", curator, selected
                ? Map.of("selection", "SELECTED") : Map.of("selection", "CANDIDATE"));
    }

    /** Pairing learns the bases from the registry's events: wait until it knows everyone. */
    private void awaitDirectory(String curator, int selectedMentors, int mentees) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            int selected = 0;
            for (JsonNode mentor : demo.call("GET", "/api/pairing/candidates?role=MENTOR", curator, null)) {
                selected += "SELECTED".equals(mentor.path("selection").asText()) ? 1 : 0;
            }
            int known = demo.call("GET", "/api/pairing/candidates?role=MENTEE", curator, null).size();
            if (selected >= selectedMentors && known >= mentees) {
                return;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("pairing-service did not learn the school's bases within a minute");
    }

    private List<String> confirmedProposal(String curator, String form) throws IOException, InterruptedException {
        String proposal = demo.call("POST", "/api/pairing/proposals", curator, Map.of("form", form)).get("id").asText();
        List<String> pairIds = new ArrayList<>();
        demo.call("POST", "/api/pairing/proposals/" + proposal + "/confirmation", curator, null).get("pairIds")
                .forEach(id -> pairIds.add(id.asText()));
        return pairIds;
    }

    /** The first {@code count} meetings of the sequence, a few days apart and none after today. */
    private void meetings(String curator, String pairId, LocalDate fixed, int count, boolean menteeAnswers)
            throws IOException, InterruptedException {
        String[] kinds = {"INTRODUCTION", "TRIAL", "PLANNING", "WORKING"};
        long span = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(fixed, today));
        JsonNode pair = null;
        for (int i = 0; i < count; i++) {
            LocalDate on = fixed.plusDays(Math.min(span, 2 + i * Math.max(1, span / (count + 1))));
            pair = demo.call("POST", "/api/pairing/pairs/" + pairId + "/meetings", curator, Map.of("kind", kinds[i],
                    "heldOn", on.toString(), "format", i == 1 ? "REMOTE" : "IN_PERSON",
                    "notes", i == 0 ? "Познакомились, обсудили интересы и ожидания" : "Работали по плану"));
        }
        if (count == 4 && pair != null) {
            String working = pair.get("meetings").get(3).get("id").asText();
            String mentee = pair.get("mentees").get(0).get("participantId").asText();
            demo.call("POST", "/api/pairing/pairs/" + pairId + "/meetings/" + working + "/feedback", curator,
                    Map.of("author", "MENTOR", "score", 5, "comment", "Наставляемый подготовил вопросы заранее"));
            if (menteeAnswers) {
                String token = demo.call("POST", "/api/pairing/pairs/" + pairId + "/meetings/" + working
                        + "/feedback-links", curator, Map.of("menteeId", mentee)).get("token").asText();
                HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create(config.gatewayUrl()
                                + "/api/pairing/public/feedback/" + token)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("score", 4,
                                "comment", "Было интересно, хочу продолжать")))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answered.statusCode() != 204) {
                    throw new IllegalStateException("A pupil's demo feedback was refused: " + answered.body());
                }
            }
        }
    }

    /**
     * The demo account {@code mentor} becomes the teacher-mentor of the bases: Keycloak carries the participant id
     * in the user's attribute, which the realm maps into the token's {@code participant_id}.
     */
    private void linkMentorAccount(String participantId) throws IOException, InterruptedException {
        String adminToken = adminToken();
        String users = config.keycloakUrl() + "/admin/realms/mentoring/users";
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(users + "?username=mentor&exact=true"))
                .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode user = JSON.readTree(found.body()).get(0);
        Map<String, Object> attributes = JSON.convertValue(user.get("attributes"), Map.class);
        attributes = new HashMap<>(attributes);
        attributes.put("participant_id", List.of(participantId));
        Map<String, Object> update = new HashMap<>(JSON.convertValue(user, Map.class));
        update.put("attributes", attributes);
        HttpResponse<String> updated = http.send(HttpRequest.newBuilder(URI.create(users + "/" + user.get("id").asText()))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak did not link the demo mentor: " + updated.body());
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username="
                + System.getenv().getOrDefault("NASTAVNIK_KEYCLOAK_ADMIN", "admin") + "&password="
                + System.getenv().getOrDefault("NASTAVNIK_KEYCLOAK_ADMIN_PASSWORD", "admin");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.keycloakUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin refused a token: " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
