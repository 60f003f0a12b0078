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
                     {"schoolId":"school-3","name":"МБУ ДО «Центр детского творчества»"}]""");

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
}
