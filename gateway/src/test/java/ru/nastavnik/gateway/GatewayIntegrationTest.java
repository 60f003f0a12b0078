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
    private static final Map<String, String> CANNED = Map.of(
            "/api/roadmaps/imports/readings/r-1", """
                    {"id":"r-1","fileName":"карта.pdf","status":"READING","pagesRead":3,"pages":12}""",
            "/api/roadmaps/imports/batches/b-1", """
                    {"id":"b-1","documents":2,"done":1,"finished":false,"items":[
                     {"fileName":"Гимназия 2.docx","schoolId":"school-2","status":"SAVED","pagesRead":1,"pages":1,
                      "roadmapId":"rm-7","actions":14,"warnings":2,"notes":["Период в документе не указан"]},
                     {"fileName":"ЦДТ.pdf","schoolId":"school-3","status":"READING","pagesRead":2,"pages":5,
                      "actions":0,"warnings":0,"notes":[]}]}""",
            "/api/roadmaps/imports/schools", """
                    [{"schoolId":"school-2","name":"МБОУ «Гимназия № 2»"},
                     {"schoolId":"school-3","name":"МБУ ДО «Центр детского творчества»"}]""",
            "/api/monitoring/roadmaps/summary", """
                    {"municipalityId":"mun-1","totalsByStatus":{},"formula":"ф","onTimeFormula":"ф",
                     "schools":[{"schoolId":"school-x","schoolName":%s,"roadmapsByStatus":{},"actions":0,"pairs":0}]}"""
                    .formatted(HOSTILE_NAME_JSON),
            "/api/monitoring/indicators", """
                    [{"code":"MENTEES_PUPILS_10_18","name":"Доля обучающихся 10–18 лет в роли наставляемого",
                      "version":2,"numerator":69,"denominator":200,"value":34.5,"unit":"%","target":70,
                      "formula":"Наставляемые 10–18 лет ÷ обучающиеся 10–18 лет по численности","byForm":null},
                     {"code":"ACTIVE_PAIRS","name":"Число действующих пар и групп","version":1,"numerator":12,
                      "denominator":null,"value":12,"unit":"шт.","target":null,"formula":"Пары, действующие на дату",
                      "byForm":[{"form":"PUPIL_PUPIL","title":"ученик – ученик","value":9},
                                {"form":"TEACHER_TEACHER","title":"учитель – учитель","value":3}]}]""",
            "/api/monitoring/indicators/MENTEES_PUPILS_10_18/breakdown", """
                    {"level":"MUNICIPALITY","unit":"mun-1","asOf":"2026-12-31","by":"SCHOOL",
                     "total":{"code":"MENTEES_PUPILS_10_18","name":"Доля обучающихся 10–18 лет в роли наставляемого",
                      "version":2,"numerator":69,"denominator":200,"value":34.5,"unit":"%","target":70,
                      "formula":"ф","byForm":null},
                     "units":[{"unitId":"school-1","numerator":60,"denominator":100,"value":60.0},
                              {"unitId":"school-2","numerator":9,"denominator":100,"value":9.0}]}""",
            "/api/monitoring/rebuilds/rb-1", """
                    {"id":"rb-1","state":"RUNNING","eventsRead":4200,"eventsTotal":10000,"eventsSkipped":1,
                     "percent":42,"eventsPerSecond":3512.4,"startedAt":"2026-12-01T07:00:00Z",
                     "readingStartedAt":"2026-12-01T07:00:01Z"}""",
            "/api/registry/schools", """
                    [{"id":"school-1","name":"МБОУ «Гимназия № 2»"},{"id":"school-2","name":"МБОУ «СОШ № 5»"}]""",
            "/api/registry/participants/counts", """
                    {"formula":"ф","schools":[{"schoolId":"school-x","schoolName":%s,"mentees":1,
                     "menteesByAgeBand":{},"mentors":0,"mentorsTrained":0,"partners":0,"partnersProvidingMentors":0}]}"""
                    .formatted(HOSTILE_NAME_JSON));

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
                byte[] body = CANNED.getOrDefault(exchange.getRequestURI().getPath(),
                                "POST".equals(exchange.getRequestMethod()) ? "{\"id\":\"rm-1\"}" : "[]")
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
        assertThat(page.body()).contains("34,5 %").contains("цель 70 %").contains("69 из 200")
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
