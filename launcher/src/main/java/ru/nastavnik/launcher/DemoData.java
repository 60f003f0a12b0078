package ru.nastavnik.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Fills a fresh platform with what a person expects to see on first login: the district's schools,
 * a school roadmap taken from a real published one (seed 000), a second school's draft, the department's own
 * plan (after seed 001) and the stages it issues to its schools as a template (seed 002), and a school's
 * mentoring pairs at work ({@link DemoPairs}).
 * Everything goes through the gateway with the demo users' own Keycloak tokens, as a person would.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECTION_1 = "1. Подготовка условий для запуска программы наставничества";
    private static final String SECTION_2 = "2. Формирование базы наставников и наставляемых";
    private static final String SECTION_3 = "3. Отбор и обучение наставников";

    private final StackConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoData(StackConfig config) {
        this.config = config;
    }

    void load() throws IOException, InterruptedException {
        String admin = token("admin");
        call("PUT", "/api/registry/municipalities/mun-1", admin, Map.of("name", "Сеченовский муниципальный округ"));
        registerSchool(admin, "school-1", "МБОУ «Средняя общеобразовательная школа № 1»", "GENERAL");
        registerSchool(admin, "school-2", "МБОУ «Гимназия № 2»", "GENERAL");
        registerSchool(admin, "school-3", "МБУ ДО «Центр детского творчества»", "SUPPLEMENTARY");

        String head = token("head");
        Map<Integer, Integer> pupilsByGrade = new java.util.TreeMap<>(Map.of(1, 96, 2, 92, 3, 88, 4, 90, 5, 86, 6, 84,
                7, 82, 8, 80, 9, 78, 10, 58));
        pupilsByGrade.put(11, 54);
        call("PUT", "/api/registry/schools/school-1/headcounts/2026-Q4", head, Map.of("pupilsAged10To14", 412,
                "pupilsAged15To18", 236, "teachersWithUpTo3Years", 6, "teachersWithOver3Years", 48,
                "pupilsByGrade", pupilsByGrade));

        String curator = token("curator");
        String roadmap = call("POST", "/api/roadmaps", curator, Map.of("title",
                "Дорожная карта внедрения целевой модели наставничества", "schoolYear", "2026/2027")).get("id").asText();
        List<List<String>> actions = List.of(
                List.of(SECTION_1, "1.1", "Назначение ответственного (куратора) за внедрение модели наставничества",
                        "2024 г. (при необходимости)", "Директор", "Приказ"),
                List.of(SECTION_1, "1.2", "Обновление нормативно-правовых актов: дорожная карта, положение о целевой "
                        + "модели наставничества, программы наставничества", "до 15.03.2024 г.",
                        "Заместитель директора по УР", "Локальные акты, дорожная карта"),
                List.of(SECTION_1, "1.3", "Актуализация страницы о внедрении модели наставничества на сайте ОО",
                        "До 31.03.2022 г.", "Администратор сайта", "Страница на сайте"),
                List.of(SECTION_1, "1.4", "Освещение программы наставничества в сети Интернет и социальных сетях",
                        "В течение учебного года", "Заместитель директора по УР", "Наполнение информационных ресурсов"),
                List.of(SECTION_2, "2.1", "Формирование базы наставников", "Ежегодно", "Заместитель директора по УР",
                        "Список наставников"),
                List.of(SECTION_2, "2.2", "Формирование базы наставляемых", "Ежегодно", "Заместитель директора по УР",
                        "Список наставляемых"),
                List.of(SECTION_2, "2.5", "Организация встречи наставников и наставляемых", "В течение учебного года",
                        "Куратор", "Протокол встречи"),
                List.of(SECTION_3, "3.1", "Обучение наставников на курсах повышения квалификации",
                        "ежегодно (ноябрь)", "Заместитель директора по УР", "Удостоверение о КПК"));
        for (List<String> action : actions) {
            addAction(curator, roadmap, action);
        }
        call("POST", "/api/roadmaps/" + roadmap + "/submission", curator, null);
        // the department agrees it and the head adopts it, so execution (and its overdue dates) shows from day one
        call("POST", "/api/roadmaps/" + roadmap + "/agreement", token("officer"), Map.of("comment", "Согласовано"));
        call("POST", "/api/roadmaps/" + roadmap + "/adoption", head, Map.of("orderNumber", "125-о",
                "orderDate", "2026-09-01"));

        String draft = call("POST", "/api/roadmaps", curator, Map.of("title",
                "Дорожная карта наставничества педагогических работников", "schoolYear", "2026/2027")).get("id").asText();
        addAction(curator, draft, List.of(SECTION_1, "1.1", "Издание приказа о закреплении наставнических пар",
                "в течение двух недель с даты определения модели", "Директор", "Приказ"));

        String curator2 = token("curator2");
        String gymnasium = call("POST", "/api/roadmaps", curator2, Map.of("title",
                "Дорожная карта реализации программы наставничества", "schoolYear", "2026/2027")).get("id").asText();
        addAction(curator2, gymnasium, List.of(SECTION_1, "1", "Подготовить нормативно-правовое обеспечение Программы",
                "до 31 ноября", "Куратор", "Положение, приказ, план мероприятий"));
        addAction(curator2, gymnasium, List.of(SECTION_1, "2", "Информировать коллектив и обучающихся о реализации "
                + "Программы", "до 6 декабря", "Куратор", "Протокол совещания"));
        call("POST", "/api/roadmaps/" + gymnasium + "/submission", curator2, null);

        loadDepartmentDocuments(token("officer"));
        String teacherMentor = loadBases(curator, curator2);

        new DemoPairs(this, config).load(curator, head, teacherMentor);
    }

    /** The department's plan for the calendar year and its template of stages, both approved by its orders. */
    private void loadDepartmentDocuments(String officer) throws IOException, InterruptedException {
        String plan = call("POST", "/api/roadmaps", officer, Map.of("title", "План мероприятий (дорожная карта) "
                + "реализации целевой модели наставничества в районе на 2026 год", "schoolYear", "2026",
                "kind", "MUNICIPAL")).get("id").asText();
        String rules = "1. Нормативное правовое регулирование внедрения целевой модели наставничества";
        String support = "2. Методическое и информационное сопровождение";
        for (List<String> action : List.of(
                List.of(rules, "1.1", "Разработка дорожных карт внедрения ЦМН в образовательных организациях",
                        "до 15.09.2026 г.", "Руководители ОО", "Дорожные карты"),
                List.of(rules, "1.2", "Согласование дорожных карт по внедрению ЦМН, разработанных образовательными "
                        + "организациями", "до 30.09.2026 г.", "Управление образования", "Согласование"),
                List.of(support, "2.1", "Совещание с кураторами ОО по вопросам внедрения ЦМН", "ежеквартально",
                        "Управление образования", "Протокол совещания"),
                List.of(support, "2.2", "Мониторинг реализации программ наставничества в ОО",
                        "ежегодно (июнь, декабрь)", "Методический кабинет", "Справка"),
                List.of(support, "2.3", "Публикация лучших практик наставничества на сайте управления образования",
                        "В течение года", "Методический кабинет", "Публикации"))) {
            addAction(officer, plan, action);
        }
        call("POST", "/api/roadmaps/" + plan + "/adoption", officer, Map.of("orderNumber", "15-од",
                "orderDate", "2026-09-05"));

        String template = call("POST", "/api/roadmaps", officer, Map.of("title",
                "Этапы реализации Программы наставничества", "schoolYear", "2026/2027", "kind", "TEMPLATE"))
                .get("id").asText();
        String stage1 = "I. Подготовка условий для реализации Программы наставничества";
        for (List<String> action : List.of(
                List.of(stage1, "1.1", "Подготовить нормативно-правовое обеспечение Программы: положение о "
                        + "наставничестве в ОО, приказ, план мероприятий", "до 31 ноября", "Руководитель ОО",
                        "Положение, приказ, план мероприятий"),
                List.of(stage1, "1.2", "Сформировать рабочую группу и назначить школьного куратора",
                        "до 31 ноября", "Руководитель ОО", "Приказ"),
                List.of(stage1, "1.3", "Определить модель наставничества: задачи, формы и ожидаемые результаты",
                        "до 31 ноября", "Куратор", "Протокол рабочей группы"),
                List.of(stage1, "1.4", "Утвердить дорожную карту внедрения модели наставничества",
                        "в течение двух недель с даты определения модели", "Руководитель ОО", "Приказ"),
                List.of("II. Формирование базы наставляемых", "2.1", "Собрать данные о наставляемых и сформировать "
                        + "базу наставляемых", "до 6 декабря", "Куратор", "База наставляемых"),
                List.of("III. Формирование базы наставников", "3.1", "Собрать данные о потенциальных наставниках из "
                        + "числа педагогов и обучающихся 9-11 классов, сформировать базу наставников", "до 10 декабря",
                        "Куратор", "База наставников"),
                List.of("IV. Обучение наставников", "4.1", "Разработать критерии отбора наставников, организовать "
                        + "отбор и обучение наставников", "до 31 декабря", "Куратор", "Список обученных наставников"),
                List.of("V. Формирование наставнических пар или групп", "5.1",
                        "Сформировать наставнические пары или группы", "до 10 декабря", "Куратор", "Приказ о парах"),
                List.of("VI. Организация работы наставнических пар и групп", "6.1", "Выбрать форматы взаимодействия "
                        + "для каждой пары или группы и организовать их работу", "В течение учебного года",
                        "Наставники", "Планы работы пар"))) {
            addAction(officer, template, action);
        }
        call("POST", "/api/roadmaps/" + template + "/adoption", officer, Map.of("orderNumber", "428",
                "orderDate", "2026-09-10"));
        call("POST", "/api/registry/publications", officer, Map.of("kind", "PROGRAMME",
                "title", "Муниципальная программа «Молодой педагог»", "form", "учитель – учитель",
                "summary", "Программа наставничества для педагогов со стажем до трёх лет: индивидуальный план, "
                        + "посещение уроков, методическое сопровождение, итоговая встреча.", "period", "2026/2027"));
    }

    /** A few people in the schools' bases, each with a consent (invented names: the bases hold minors' data). */
    /** @return the teacher-mentor whose account the demo user {@code mentor} is linked to */
    private String loadBases(String curator, String curator2) throws IOException, InterruptedException {
        Map<String, Object> guardian = Map.of("signedBy", "GUARDIAN", "signerName", "Законный представитель",
                "signedOn", "2026-09-05", "scopes", List.of("PROCESSING"));
        Map<String, Object> own = Map.of("signedBy", "PERSON", "signedOn", "2026-09-05",
                "scopes", List.of("PROCESSING", "PUBLICATION"));
        String mentee = call("POST", "/api/registry/participants", curator, Map.of("role", "MENTEE", "category", "PUPIL",
                "fullName", "Соколова Алиса Дмитриевна", "birthDate", "2013-04-12", "grade", 7, "consent", guardian))
                .get("id").asText();
        call("PUT", "/api/registry/participants/" + mentee + "/requests", curator,
                Map.of("requests", List.of("OLYMPIAD", "PROJECT"), "note", "Интересуется биологией"));
        call("POST", "/api/registry/participants", curator, Map.of("role", "MENTEE", "category", "PUPIL",
                "fullName", "Морозов Даниил Ильич", "birthDate", "2010-11-02", "grade", 10, "consent", guardian));
        call("POST", "/api/registry/participants", curator, Map.of("role", "MENTEE", "category", "YOUNG_TEACHER",
                "fullName", "Лебедева Ксения Олеговна", "birthDate", "2001-06-30", "experienceYears", 1, "consent", own));
        String mentor = call("POST", "/api/registry/participants", curator, Map.of("role", "MENTOR",
                "category", "TEACHER", "fullName", "Волкова Татьяна Сергеевна", "birthDate", "1979-02-14",
                "experienceYears", 22, "consent", own)).get("id").asText();
        call("PUT", "/api/registry/participants/" + mentor + "/mentor-profile", curator, Map.of("competencies",
                "Биология, проектная деятельность", "competencyCodes", List.of("PROJECT", "METHODOLOGY"),
                "preferredForms", List.of("TEACHER_TEACHER", "PUPIL_PUPIL"),
                "capacity", 3));
        call("PUT", "/api/registry/participants/" + mentor + "/questionnaire", curator, Map.of("answers", Map.of(
                "motivation", "Хочу передать опыт подготовки к олимпиадам", "topics", "Олимпиады, проекты по биологии",
                "hours", "3", "readiness", "5")));
        call("POST", "/api/registry/participants/" + mentor + "/selection", curator, Map.of("selection", "SELECTED"));
        call("POST", "/api/registry/participants/" + mentor + "/trainings", curator, Map.of("course",
                "КПК «Наставничество в образовательной организации»", "hours", 36, "certificateNumber", "772-1045",
                "certificateDate", "2026-06-20"));
        call("POST", "/api/registry/participants", curator, Map.of("role", "MENTOR", "category", "PUPIL",
                "fullName", "Новиков Артём Павлович", "birthDate", "2009-08-21", "grade", 11, "consent", guardian));
        call("POST", "/api/registry/participants", curator2, Map.of("role", "MENTEE", "category", "PUPIL",
                "fullName", "Егорова Полина Андреевна", "birthDate", "2012-01-09", "grade", 8, "consent", guardian));

        String plant = call("POST", "/api/registry/partners", curator, Map.of("name", "АО «Сеченовский механический "
                + "завод»", "kind", "ENTERPRISE", "inn", "5225000123", "contacts", "+7 831 000-00-00")).get("id").asText();
        call("POST", "/api/registry/partners/" + plant + "/agreements", curator, Map.of("number", "14-С",
                "signedOn", "2026-09-01", "validUntil", "2027-08-31", "subject", "Наставничество «работодатель – ученик»"));
        call("POST", "/api/registry/participants", curator, Map.of("role", "MENTOR", "category", "PARTNER_EMPLOYEE",
                "fullName", "Кириллов Игорь Валентинович", "birthDate", "1983-10-05", "consent", own,
                "partnerId", plant));
        call("POST", "/api/registry/publications", curator, Map.of("kind", "PRACTICE",
                "title", "«Старший — младшему»: адаптация пятиклассников", "form", "ученик – ученик",
                "summary", "Десятиклассники в парах помогают пятиклассникам освоиться в основной школе: встреча-знакомство,"
                        + " еженедельные встречи, общий проект к концу четверти.",
                "results", "28 пар; по анкетам тревожность пятиклассников снизилась", "link", "https://school1.example/practice"));
        return mentor;
    }

    private void registerSchool(String token, String id, String name, String kind) throws IOException, InterruptedException {
        call("POST", "/api/registry/schools", token, Map.of("schoolId", id, "name", name, "kind", kind,
                "municipalityId", "mun-1"));
    }

    private void addAction(String token, String roadmap, List<String> row) throws IOException, InterruptedException {
        call("POST", "/api/roadmaps/" + roadmap + "/actions", token, Map.of("section", row.get(0), "number", row.get(1),
                "title", row.get(2), "deadline", row.get(3), "responsible", row.get(4), "result", row.get(5)));
    }

    String token(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=nastavnik-e2e&username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(config.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    JsonNode call(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
