package ru.nastavnik.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.ServiceIntegrationTest;
import ru.nastavnik.testing.TestTokens;

/**
 * A client that did not get the answer to a create sends it again with the same Idempotency-Key: it gets the first
 * answer's status, Location and id, and there is still one roadmap. A key reused for another request is refused; no key, no memory.
 */
class IdempotentCreateIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final String curator = TestTokens.curator("school-idem", "mun-idem");
    private final Map<String, String> body = Map.of("title", "Дорожная карта с ключом", "schoolYear", "2026/2027");

    private Api.Response create(String key, Map<String, String> request, String token) {
        return Api.onPort(port).exchange(HttpMethod.POST, "/api/roadmaps", token, request,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private long roadmapsOfTheSchool() {
        return jdbc.queryForObject("SELECT count(*) FROM roadmap_view WHERE school_id = 'school-idem'", Long.class);
    }

    @Test
    void aRetriedCreateGetsTheFirstAnswerAndCreatesNothingMore() {
        long before = roadmapsOfTheSchool();
        String key = UUID.randomUUID().toString();

        Api.Response first = create(key, body, curator);
        Api.Response retry = create(key, body, curator);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(retry.headers().getLocation()).isEqualTo(first.headers().getLocation());
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(roadmapsOfTheSchool()).isEqualTo(before + 1);
        // what is remembered is the answer's identifiers, not the words of the request
        String remembered = jdbc.queryForObject("SELECT convert_from(body, 'UTF8') FROM idempotent_request "
                + "WHERE idempotency_key = ?", String.class, key);
        assertThat(remembered).contains(first.json().get("id").asText()).doesNotContain("Дорожная карта с ключом");
        assertThat(retry.json().has("title")).isFalse();

        Api.Response another = create(key, Map.of("title", "Другая карта", "schoolYear", "2026/2027"), curator);
        assertThat(another.status()).isEqualTo(422);
        assertThat(another.contentType()).startsWith("application/problem+json");
        assertThat(another.json().get("detail").asText()).contains("уже использован для другого запроса");

        // the same key is another caller's own key
        Api.Response otherSchool = create(key, body, TestTokens.curator("school-idem-2", "mun-idem"));
        assertThat(otherSchool.status()).isEqualTo(201);
        assertThat(otherSchool.json().get("id").asText()).isNotEqualTo(first.json().get("id").asText());

        assertThat(create(null, body, curator).status()).isEqualTo(201);
        assertThat(create(null, body, curator).status()).isEqualTo(201);
        assertThat(roadmapsOfTheSchool()).isEqualTo(before + 3);
    }

    @Test
    void copiesSentAtOnceCreateOneRoadmapAndAllGetItsAnswer() throws Exception {
        long before = roadmapsOfTheSchool();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Api.Response>> copies = java.util.Collections.nCopies(6, () -> create(key, body, curator));
            List<String> ids = new java.util.ArrayList<>();
            for (Future<Api.Response> answer : pool.invokeAll(copies)) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
                ids.add(answer.get().json().get("id").asText());
            }
            assertThat(ids).hasSize(6).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(roadmapsOfTheSchool()).isEqualTo(before + 1);
    }

    @Test
    void aRefusedCreateLeavesTheKeyFreeForTheCorrectedRequest() {
        String key = UUID.randomUUID().toString();
        Api.Response refused = create(key, Map.of("title", "Карта", "schoolYear", "2026/2029"), curator);
        assertThat(refused.status()).isBetween(400, 499);

        Api.Response corrected = create(key, body, curator);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(create("a key with spaces", body, curator).status()).isEqualTo(400);
    }
}
