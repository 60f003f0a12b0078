package ru.nastavnik.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The gateway against a real OIDC issuer (in-process) and real HTTP upstreams that record what
 * reaches them: routing, token relay, the login code flow with PKCE, errors and headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

    private static final MockOAuth2Server OIDC = new MockOAuth2Server();
    /** A school named to close a script block and inject markup: it must come out as text only. */
    private static final String HOSTILE_NAME = "X</script><img src=x onerror=alert(1)><script>//";
    private static final String HOSTILE_NAME_JSON = "\"X</script><img src=x onerror=alert(1)><script>//\"";
    private static final Map<String, HttpServer> UPSTREAMS = new ConcurrentHashMap<>();
    /** service name → the last request it received: "METHOD path | Authorization". */
    private static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();
    private static final Map<String, String> RECEIVED_BODIES = new ConcurrentHashMap<>();
    /** What the upstreams answer for these paths; others get [] (GET) or a new id (POST). */
    private static final Map<String, String> CANNED = Map.ofEntries(
            Map.entry("/api/roadmaps/imports/readings/r-1", """
                    {"id":"r-1","fileName":"карта.pdf","status":"READING","pagesRead":3,"pages":12}"""),
            Map.entry("/api/roadmaps/imports/batches/b-1", """
                    {"id":"b-1","documents":2,"done":1,"finished":false,"items":[
                     {"fileName":"Гимназия 2.docx","schoolId":"school-2","status":"SAVED","pagesRead":1,"pages":1,
                      "roadmapId":"rm-7","actions":14,"warnings":2,"notes":["Период в документе не указан"]},
                     {"fileName":"ЦДТ.pdf","schoolId":"school-3","status":"READING","pagesRead":2,"pages":5,
                      "actions":0,"warnings":0,"notes":[]}]}"""),
            Map.entry("/api/roadmaps/imports/schools", """
                    [{"schoolId":"school-2","name":"МБОУ «Гимназия № 2»"},
                     {"schoolId":"school-3","name":"МБУ ДО «Центр детского творчества»"}]"""),
            Map.entry("/api/monitoring/roadmaps/summary", """
                    {"municipalityId":"mun-1","totalsByStatus":{},"formula":"ф","onTimeFormula":"ф",
                     "schools":[{"schoolId":"school-x","schoolName":%s,"roadmapsByStatus":{},"actions":0,"pairs":0}]}"""
                    .formatted(HOSTILE_NAME_JSON)),
            Map.entry("/api/monitoring/indicators", """
                    [{"code":"MENTEES_PUPILS_10_18","name":"Доля обучающихся 10–18 лет в роли наставляемого",
                      "version":2,"numerator":69,"denominator":200,"value":34.5,"unit":"%","target":70,
                      "formula":"Наставляемые 10–18 лет ÷ обучающиеся 10–18 лет по численности","byForm":null},
                     {"code":"ACTIVE_PAIRS","name":"Число действующих пар и групп","version":1,"numerator":12,
                      "denominator":null,"value":12,"unit":"шт.","target":null,"formula":"Пары, действующие на дату",
                      "byForm":[{"form":"PUPIL_PUPIL","title":"ученик – ученик","value":9},
                                {"form":"TEACHER_TEACHER","title":"учитель – учитель","value":3}]}]"""),
            Map.entry("/api/monitoring/indicators/MENTEES_PUPILS_10_18/breakdown", """
                    {"level":"MUNICIPALITY","unit":"mun-1","asOf":"2026-12-31","by":"SCHOOL",
                     "total":{"code":"MENTEES_PUPILS_10_18","name":"Доля обучающихся 10–18 лет в роли наставляемого",
                      "version":2,"numerator":69,"denominator":200,"value":34.5,"unit":"%","target":70,
                      "formula":"ф","byForm":null},
                     "units":[{"unitId":"school-1","numerator":60,"denominator":100,"value":60.0},
                              {"unitId":"school-2","numerator":9,"denominator":100,"value":9.0}]}"""),
            Map.entry("/api/monitoring/snapshots", """
                    [{"snapshotId":"SCHOOL:school-1:2026-Q3","level":"SCHOOL","unitId":"school-1","municipalityId":"mun-1",
                      "version":1,"status":"APPROVED"},
                     {"snapshotId":"SCHOOL:school-2:2026-Q3","level":"SCHOOL","unitId":"school-2","municipalityId":"mun-1",
                      "version":2,"status":"RESTATED"}]"""),
            Map.entry("/api/monitoring/snapshots/SCHOOL/school-1/2026-Q3", """
                    {"snapshotId":"SCHOOL:school-1:2026-Q3","level":"SCHOOL","unitId":"school-1","municipalityId":"mun-1",
                     "regionId":"reg-1","quarter":"2026-Q3","version":2,"status":"RESTATED","approvedVersion":1,
                     "approvedOn":"2026-10-05","versions":[
                      {"version":1,"kind":"FROZEN","recordedOn":"2026-10-01","figures":[],"changes":null},
                      {"version":2,"kind":"RESTATED","recordedOn":"2026-10-20","figures":[
                        {"code":"MENTEES_PUPILS_10_18","definitionVersion":1,"name":"Доля наставляемых 10–18 лет",
                         "unit":"%","numerator":7,"denominator":20,"value":35.00,"target":70}],
                       "changes":[{"code":"MENTEES_PUPILS_10_18","previousNumerator":6,"previousDenominator":20,
                         "previousValue":30.00,"numerator":7,"denominator":20,"value":35.00,"difference":5.00}]}]}"""),
            Map.entry("/api/monitoring/rebuilds/rb-1", """
                    {"id":"rb-1","state":"RUNNING","eventsRead":4200,"eventsTotal":10000,"eventsSkipped":1,
                     "percent":42,"eventsPerSecond":3512.4,"startedAt":"2026-12-01T07:00:00Z",
                     "readingStartedAt":"2026-12-01T07:00:01Z"}"""),
            Map.entry("/api/registry/municipalities", """
                    [{"id":"mun-1","regionId":"reg-1","name":"Сеченовский муниципальный округ"}]"""),
            Map.entry("/api/registry/schools", """
                    [{"id":"school-1","name":"МБОУ «Гимназия № 2»"},{"id":"school-2","name":"МБОУ «СОШ № 5»"}]"""),
            Map.entry("/api/registry/participants/counts", """
                    {"formula":"ф","schools":[{"schoolId":"school-x","schoolName":%s,"mentees":1,
                     "menteesByAgeBand":{},"mentors":0,"mentorsTrained":0,"partners":0,"partnersProvidingMentors":0}]}"""
                    .formatted(HOSTILE_NAME_JSON)));

    /** monitoring-service's questionnaire answers, for the questionnaire pages. */
    private static final Map<String, String> QUESTIONNAIRES = Map.of(
            "/api/monitoring/public/questionnaires/tok-1", """
                    {"campaignTitle":"Итоги года","closesOn":"2027-05-31","expiresAt":"2027-05-20T10:00:00Z",
                     "template":{"id":"PROCESS_MENTEE_PUPIL_PUPIL.v1","code":"PROCESS_MENTEE_PUPIL_PUPIL","version":1,
                      "purpose":"PROCESS_QUALITY","audience":"MENTEE","form":"PUPIL_PUPIL","title":"Анкета наставляемого",
                      "description":"Для обучающихся","questions":[
                       {"code":"SATISFACTION","position":1,"kind":"SCALE_5","text":"Насколько вы довольны?","options":[],
                        "satisfaction":true,"required":true},
                       {"code":"CONTINUE","position":2,"kind":"YES_NO","text":"Продолжите?","options":[],"required":true},
                       {"code":"FREQ","position":3,"kind":"CHOICE","text":"Как часто?","options":[{"code":"WEEKLY","title":"Раз в неделю"}],"required":true},
                       {"code":"MOST_USEFUL","position":4,"kind":"TEXT","text":"Что было полезно?","options":[],"required":false}]}}""",
            "/api/monitoring/questionnaires/campaigns/c-1", """
                    {"campaign":{"id":"c-1","title":"Итоги года","templateId":"PROCESS_MENTOR.v1","templateTitle":"Анкета наставника",
                      "templateVersion":1,"purpose":"PROCESS_QUALITY","targetGroup":"MENTORS","targetGroupTitle":"наставники",
                      "opensOn":"2026-05-01","closesOn":"2026-05-31","state":"OPEN","invited":2,"answered":1},
                     "invitations":[{"respondentId":"p-1","respondentRole":"MENTOR","answered":true,"answeredOn":"2026-05-02",
                      "channel":"ACCOUNT","linkIssued":false},{"respondentId":"p-2","respondentRole":"MENTOR","answered":false,
                      "linkIssued":true}]}""",
            "/api/monitoring/questionnaires/campaigns/c-1/comments", """
                    {"campaignId":"c-1","questions":[{"questionCode":"DIFFICULTIES","questionText":"С какими трудностями?",
                      "texts":["Мало времени на встречи"]}]}""",
            "/api/registry/participants/names", """
                    [{"id":"p-1","fullName":"Волкова Татьяна Сергеевна"},{"id":"p-2","fullName":"Орлов Пётр"}]""",
            "/api/monitoring/questionnaires/satisfaction", """
                    {"level":"SCHOOL","unit":"school-1","from":"2025-09-01","asOf":"2026-05-10","formula":"Сумма оценок ÷ максимум",
                     "roles":[{"respondentRole":"MENTOR","title":"наставники","answers":1,"scoreSum":4,"maximumSum":5,"percent":80.0},
                              {"respondentRole":"MENTEE","title":"наставляемые","answers":0,"scoreSum":0,"maximumSum":0}]}""",
            "/api/monitoring/questionnaires/swot", """
                    {"level":"SCHOOL","unit":"school-1","from":"2025-09-01","asOf":"2026-05-10","responses":3,
                     "strengths":[{"quadrant":"STRENGTH","title":"Высоко оценено: «Полезны ли встречи?» — наставляемые",
                       "ruleCode":"HIGH_RATING","respondentRole":"MENTEE","mappingKey":"process.meetings_useful","measured":100.0,
                       "measure":"SCALE_SHARE","comparison":"AT_LEAST","threshold":80,"minAnswers":2,"answers":2,
                       "because":"сумма оценок ÷ (число ответов × максимум шкалы) = 100% ≥ 80% (порог правила)",
                       "evidence":[{"respondentRole":"MENTEE","mappingKey":"process.meetings_useful","kind":"SCALE_5",
                        "templateId":"PROCESS_MENTEE_PUPIL_PUPIL.v1","questionCode":"MEETINGS_USEFUL",
                        "questionText":"Полезны ли встречи?","answers":2,"scoreSum":10,"average":5.0}]}],
                     "weaknesses":[],"opportunities":[],"threats":[],"rules":[]}""",
            "/api/monitoring/questionnaires/growth/forms", """
                    {"level":"SCHOOL","unit":"school-1","asOf":"2026-05-10","formula":"Только сопоставленные вопросы","groups":[]}""",
            "/api/monitoring/questionnaires/growth/people", """
                    [{"participantId":"p-2","respondentRole":"MENTEE","form":"PUPIL_PUPIL","entryTemplateId":"GROWTH_ENTRY.v1",
                      "entryOn":"2025-10-01","exitTemplateId":"GROWTH_EXIT.v2","exitOn":"2026-05-01",
                      "areas":[{"area":"PROFESSION","entryShare":0.0,"exitShare":100.0,"change":100.0}],"items":[],
                      "notCompared":["GROWTH_EXIT.v2/DEVELOPMENT_PLAN"]}]""");

    static {
        OIDC.start();
        for (String service : List.of("roadmap", "registry", "pairing", "monitoring")) {
            UPSTREAMS.put(service, upstream(service));
        }
    }

    @LocalServerPort
    int port;

    private static HttpServer upstream(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                RECEIVED.put(service, exchange.getRequestMethod() + " " + exchange.getRequestURI() + " | "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                RECEIVED_BODIES.put(service, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String path = exchange.getRequestURI().getPath();
                byte[] body = CANNED.getOrDefault(path, QUESTIONNAIRES.getOrDefault(path,
                                "POST".equals(exchange.getRequestMethod()) ? "{\"id\":\"rm-1\"}" : "[]"))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        UPSTREAMS.values().forEach(server -> server.stop(0));
        OIDC.shutdown();
    }

    @DynamicPropertySource
    static void wiring(DynamicPropertyRegistry registry) {
        String issuer = OIDC.issuerUrl("mentoring").toString().replaceAll("/$", "");
        registry.add("nastavnik.oidc.issuer", () -> issuer);
        registry.add("nastavnik.oidc.jwk-set-uri", () -> issuer + "/jwks");
        registry.add("spring.security.oauth2.client.provider.keycloak.authorization-uri", () -> issuer + "/authorize");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> issuer + "/token");
        registry.add("spring.security.oauth2.client.provider.keycloak.user-info-uri", () -> issuer + "/userinfo");
        UPSTREAMS.forEach((service, server) -> registry.add("nastavnik.services." + service,
                () -> "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    private static DefaultOAuth2TokenCallback user(String subject, String role, String audience) {
        return new DefaultOAuth2TokenCallback("mentoring", subject, "JWT", List.of(audience),
                Map.of("realm_access", Map.of("roles", List.of(role)), "school_id", "school-1",
                        "municipality_id", "mun-1", "preferred_username", subject, "name", "Анна Куратова"), 3600);
    }

    private static String token(String audience) {
        return OIDC.issueToken("mentoring", "nastavnik-e2e", user("curator", "school-curator", audience)).serialize();
    }

    private HttpResponse<String> get(HttpClient client, String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void routesEachServiceUnderApiAndPassesTheBearerTokenThrough() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String token = token("nastavnik-api");
        Map<String, String> paths = Map.of("roadmap", "/api/roadmaps/42?x=1", "registry", "/api/registry/schools",
                "pairing", "/api/pairing/pairs", "monitoring", "/api/monitoring/roadmaps/summary");

        for (var route : paths.entrySet()) {
            HttpResponse<String> response = get(client, route.getValue(), token);
            assertThat(response.statusCode()).as(route.getKey()).isEqualTo(200);
            assertThat(RECEIVED.get(route.getKey())).isEqualTo("GET " + route.getValue() + " | Bearer " + token);
        }
    }

    @Test
    void refusesApiCallsWithoutAValidTokenAsProblemJsonInRussian() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        RECEIVED.remove("roadmap");

        HttpResponse<String> anonymous = get(client, "/api/roadmaps", null);
        HttpResponse<String> wrongAudience = get(client, "/api/roadmaps", token("another-api"));
        HttpResponse<String> garbage = get(client, "/api/roadmaps", "not.a.jwt");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(anonymous.body()).contains("Требуется вход в систему");
        assertThat(wrongAudience.statusCode()).isEqualTo(401);
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(RECEIVED).doesNotContainKey("roadmap");
    }

    @Test
    void aPageSendsTheBrowserToKeycloakWithPkce() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> page = get(client, "/school", null);
        assertThat(page.statusCode()).isEqualTo(302);
        HttpResponse<String> authorize = get(client, URI.create(page.headers().firstValue("Location").orElseThrow())
                .getPath(), null);

        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(OIDC.issuerUrl("mentoring").toString().replaceAll("/$", "") + "/authorize")
                .contains("client_id=nastavnik-ui").contains("code_challenge=").contains("code_challenge_method=S256")
                .contains("scope=openid");
    }

    /** A browser that went through the code flow as the given user: its cookies hold the session. */
    private HttpResponse<String> signIn(HttpClient browser, String subject, String role) throws Exception {
        OIDC.enqueueCallback(user(subject, role, "nastavnik-api"));
        HttpResponse<String> landed = get(browser, "/start", null);
        for (int hop = 0; hop < 10 && landed.statusCode() == 302; hop++) {
            URI next = landed.uri().resolve(landed.headers().firstValue("Location").orElseThrow());
            landed = browser.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
        }
        return landed;
    }

    @Test
    void theCodeFlowLogsTheCuratorInAndTheStartPageCallsServicesWithTheirToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> landed = signIn(browser, "curator", "school-curator");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/school");
        assertThat(landed.body()).contains("Дорожные карты").contains("Анна Куратова").contains("Куратор программы");
        // the school page reads its roadmaps, the templates and the department's plan: each with the user's token
        assertThat(RECEIVED.get("roadmap")).matches("GET /api/roadmaps(\\?\\S*)? \\| Bearer ey.*");
        assertThat(RECEIVED.get("pairing")).startsWith("GET /api/pairing/pairs | Bearer ey");

        String csrf = landed.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> created = browser.send(HttpRequest.newBuilder(landed.uri().resolve("/school/roadmaps"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&title=%D0%9A%D0%B0%D1%80%D1%82%D0%B0"
                        + "&schoolYear=2026%2F2027")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()).isEqualTo("/roadmaps/rm-1");
        assertThat(RECEIVED.get("roadmap")).startsWith("POST /api/roadmaps | Bearer ey");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(RECEIVED_BODIES.get("roadmap"), Map.class))
                .isEqualTo(Map.of("title", "Карта", "schoolYear", "2026/2027"));
    }

    @Test
    void theDocumentPagesShowProgressWhileTheServiceReadsAndMigrates() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "officer", "municipal-officer");

        HttpResponse<String> reading = get(browser, "/roadmaps/import/r-1", null);
        assertThat(reading.statusCode()).isEqualTo(200);
        assertThat(reading.body()).contains("Читаем документ").contains("карта.pdf")
                .contains("Прочитано страниц: 3 из 12").contains("data-width=\"25\"").doesNotContain("style=");
        assertThat(RECEIVED.get("roadmap")).startsWith("GET /api/roadmaps/imports/readings/r-1 | Bearer ey");

        HttpResponse<String> form = get(browser, "/department/migration", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Перенос дорожных карт школ").contains("МБУ ДО «Центр детского творчества»");

        HttpResponse<String> batch = get(browser, "/department/migration/b-1", null);
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(batch.body()).contains("обработано документов 1 из 2").contains("МБОУ «Гимназия № 2»")
                .contains("href=\"/roadmaps/rm-7\"").contains("Замечаний: 2").contains("Период в документе не указан")
                .contains("читается…").contains("data-width=\"50\"");
    }

    @Test
    void aPupilAnswersAQuestionnaireThroughTheOneTimeLinkWithoutAnAccount() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> page = get(browser, "/questionnaire/tok-1", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Анкета наставляемого").contains("Насколько вы довольны?")
                .contains("name=\"q.SATISFACTION\"").contains("Раз в неделю").contains("Ответить можно один раз");
        assertThat(RECEIVED.get("monitoring")).isEqualTo("GET /api/monitoring/public/questionnaires/tok-1 | null");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> answered = browser.send(HttpRequest.newBuilder(page.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&q.SATISFACTION=5&q.CONTINUE=YES"
                        + "&q.FREQ=WEEKLY&q.MOST_USEFUL=&other=ignored")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Спасибо!");
        // no token travels with a pupil's answer; only the questions' fields, an empty text left out
        assertThat(RECEIVED.get("monitoring")).isEqualTo("POST /api/monitoring/public/questionnaires/tok-1 | null");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(RECEIVED_BODIES.get("monitoring"), Map.class))
                .isEqualTo(Map.of("answers", Map.of("SATISFACTION", "5", "CONTINUE", "YES", "FREQ", "WEEKLY")));
    }

    @Test
    void theCuratorSeesCampaignProgressWithNamesAndTheResultsWithTheSwotTraces() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "curator", "school-curator");

        HttpResponse<String> campaign = get(browser, "/school/questionnaires/campaigns/c-1", null);
        assertThat(campaign.statusCode()).isEqualTo(200);
        assertThat(campaign.body()).contains("Итоги года").contains("Волкова Татьяна Сергеевна").contains("Орлов Пётр")
                .contains("ждём ответа, ссылка выдана").contains("Мало времени на встречи");

        HttpResponse<String> results = get(browser, "/school/questionnaires/results", null);
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("80 %").contains("Высоко оценено: «Полезны ли встречи?»")
                .contains("Правило HIGH_RATING").contains("100% ≥ 80%")
                .contains("PROCESS_MENTEE_PUPIL_PUPIL.v1/MEETINGS_USEFUL): ответов 2, среднее 5.0")
                .contains("Орлов Пётр").contains("профессиональный рост: 0.0% → 100.0% (+100.0)");
        assertThat(RECEIVED.get("registry")).startsWith("GET /api/registry/participants/names?ids=p-2 | Bearer ey");
    }

    @Test
    void theAnalystStartsARebuildAndThePageFollowsItsProgressWithoutInlineScripts() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "analyst", "regional-analyst");

        HttpResponse<String> list = get(browser, "/monitoring/rebuilds", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Перестройка показателей из событий").contains("Перестроек ещё не было.")
                .contains("href=\"/monitoring/rebuilds\">Перестройка показателей</a>");
        assertThat(RECEIVED.get("monitoring")).startsWith("GET /api/monitoring/rebuilds | Bearer ey");

        String csrf = list.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> started = browser.send(HttpRequest.newBuilder(list.uri().resolve("/monitoring/rebuilds"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(URI.create(started.headers().firstValue("Location").orElseThrow()).getPath())
                .isEqualTo("/monitoring/rebuilds/rm-1");
        assertThat(RECEIVED.get("monitoring")).startsWith("POST /api/monitoring/rebuilds | Bearer ey");

        HttpResponse<String> progress = get(browser, "/monitoring/rebuilds/rb-1", null);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("Перестройка идёт: 42%").contains("data-width=\"42\"")
                .contains("data-rebuild=\"rb-1\"").contains(">4200<").contains(">10000<").contains("3 512")
                .contains("src=\"/js/rebuild-progress.js\"").doesNotContain("style=")
                .doesNotContainPattern("<script>[^<]");
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        HttpResponse<String> landing = get(HttpClient.newHttpClient(), "/", null);

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body()).contains("Войти в систему").contains("lang=\"ru\"");
        assertThat(landing.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(landing.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(landing.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(landing.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(landing.headers().firstValue("Content-Language")).contains("ru-RU");
    }

    @Test
    void aWriteWithoutAnyCredentialsIsUnauthorisedAndOneWithoutItsCsrfTokenForbiddenBothAsProblems() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        RECEIVED.remove("roadmap");
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/roadmaps")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(anonymous.body()).contains("Требуется вход в систему");

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "curator", "school-curator");
        RECEIVED.remove("roadmap");
        HttpResponse<String> withoutCsrf = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/roadmaps")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutCsrf.statusCode()).isEqualTo(403);
        assertThat(withoutCsrf.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(withoutCsrf.body()).contains("CSRF");
        assertThat(RECEIVED).doesNotContainKey("roadmap");
    }

    @Test
    void aBodyLargerThanTheServiceTakesIsRefusedByTheGatewayWith413() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        RECEIVED.remove("registry");
        RECEIVED.remove("pairing");
        String token = token("nastavnik-api");

        HttpResponse<String> declared = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/registry/imports")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[7 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(declared.body()).contains("Запрос больше 6 МБ");

        byte[] chunk = new byte[256 * 1024];
        HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/pairing/pairs")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                    private long left = 3L * 1024 * 1024;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(Math.min(length, chunk.length), left);
                        left -= n;
                        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                        return n;
                    }
                })).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("Запрос больше 2 МБ");
        assertThat(RECEIVED).doesNotContainKey("registry");
    }

    @Test
    void chartDataCannotCloseItsScriptBlockWhateverASchoolIsNamed() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "officer", "municipal-officer");

        for (String page : List.of("/department", "/department/people")) {
            HttpResponse<String> rendered = get(browser, page, null);
            assertThat(rendered.statusCode()).as(page).isEqualTo(200);
            assertThat(rendered.body()).as(page).doesNotContain("<img src=x").doesNotContain(HOSTILE_NAME)
                    .contains("X\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e")
                    .contains("X&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    @Test
    void theDepartmentSeesItsIndicatorsAgainstTargetsItsSchoolsByNameAndDownloadsEachTable() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "officer", "municipal-officer");

        HttpResponse<String> page = get(browser, "/department/indicators?asOf=2026-12-31", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(RECEIVED.get("monitoring")).startsWith("GET /api/monitoring/indicators/MENTEES_PUPILS_10_18/"
                + "breakdown?level=MUNICIPALITY&unit=mun-1&asOf=2026-12-31 | Bearer ey");
        assertThat(page.body()).contains("Сеченовский муниципальный округ").contains("34,5 %").contains("цель 70 %")
                .contains("69 из 200")
                .contains("Наставляемые 10–18 лет ÷ обучающиеся 10–18 лет по численности")
                // the trend: the three quarter ends before the day, and the day itself
                .contains("I кв. 2026: 34,5 %").contains("IV кв. 2026: 34,5 %")
                .contains("ученик – ученик").contains("учитель – учитель")
                // schools by their names, the one behind the target marked
                .contains("МБОУ «Гимназия № 2»").contains("МБОУ «СОШ № 5»").doesNotContain(">school-2<")
                .containsPattern("<tr class=\"behind\">\\s*<td>МБОУ «СОШ № 5»</td>");
        assertThat(page.body().indexOf("Гимназия № 2")).isLessThan(page.body().indexOf("СОШ № 5"));

        HttpResponse<byte[]> table = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/department/indicators.xlsx?asOf=2026-12-31")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(table.statusCode()).isEqualTo(200);
        assertThat(table.headers().firstValue("Content-Disposition").orElseThrow()).contains("2026-12-31.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(table.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Показатель");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(34.5);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(200);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Число действующих пар и групп");
        }
        HttpResponse<byte[]> compared = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/department/indicators/compare.xlsx?asOf=2026-12-31")).build(), HttpResponse.BodyHandlers.ofByteArray());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(compared.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("МБОУ «Гимназия № 2»");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(9.0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).startsWith("Итого");
        }
    }

    @Test
    void theDepartmentSeesItsSchoolsQuartersByNameAndMayApproveItsOwnAndDownloadTheFeed() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "officer", "municipal-officer");

        HttpResponse<String> page = get(browser, "/quarters?quarter=2026-Q3", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(RECEIVED.get("monitoring")).startsWith("GET /api/monitoring/snapshots?quarter=2026-Q3 | Bearer ey");
        assertThat(page.body()).contains("III квартал 2026 г.").contains("МБОУ «Гимназия № 2»")
                .contains("утверждён").contains("пересчитан после утверждения")
                // the municipality's own snapshot is made when the department approves: the button is there
                .contains("Утвердить показатели муниципалитета")
                .contains("/quarters/2026-Q3/feed?format=xlsx").doesNotContain("Кто участвовал");
        assertThat(page.body()).doesNotContain(">school-1<");
    }

    @Test
    void theHeadSeesTheSchoolsSnapshotWithItsRestatementAndTheWayToWhoTookPart() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, "head", "school-head");

        HttpResponse<String> page = get(browser, "/quarters?quarter=2026-Q3", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("версия 2").contains("утверждено 05.10.2026 (версия 1)")
                .contains("Доля наставляемых 10–18 лет").contains("35 %").contains("7 из 20")
                .contains("пересчёт по поздним данным").contains("Доля наставляемых 10–18 лет: было 30, стало 35 (+5)")
                .contains("Кто участвовал").doesNotContain("id=\"approve\"");
    }

    /** Every unescaped output in every template is chart data written by {@code ScriptJson}. */
    @Test
    void noTemplateWritesUnescapedTextButScriptJson() throws Exception {
        java.nio.file.Path templates = java.nio.file.Path.of("src/main/resources/templates");
        List<String> unescaped = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(templates)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("th:utext=\"([^\"]*)\"|\\[\\(([^)]*)\\)\\]")
                        .matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    unescaped.add(templates.relativize(file) + ": " + m.group());
                }
            }
        }
        assertThat(unescaped).isNotEmpty().allSatisfy(use ->
                assertThat(use).matches(".*th:utext=\"\\$\\{\\w+\\.json\\(\\)\\}\""));
    }

    @Test
    void aMalformedAddressThroughTheGatewayIsAProblemNotAPage() throws Exception {
        for (String target : List.of("/api/roadmaps/a%2Fb", "/api/roadmaps;x=1", "/api/roadmaps/%2e%2e/x",
                "/api/roadmaps?q=%00")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(target + " → " + answer).startsWith("HTTP/1.1 400");
                assertThat(answer.toLowerCase()).as(target).contains("application/problem+json");
            }
        }
    }
}
