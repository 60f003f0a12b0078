package ru.nastavnik.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A real Tomcat with the edge configuration, spoken to over a raw socket so that nothing on the client side
 * cleans the request up first: every malformed request is answered 400 problem+json, never an HTML page.
 */
@SpringBootTest(classes = EdgeProblemsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProblemsTest {

    @LocalServerPort
    int port;

    @SpringBootApplication
    @RestController
    static class App {

        record Body(String text, int count, LocalDate date, List<String> items, Map<String, String> answers) {
        }

        @PostMapping("/api/things")
        Body echo(@RequestBody Body body) {
            return body;
        }

        @GetMapping("/api/things")
        String search(@RequestParam(required = false) String q) {
            return q == null ? "" : q;
        }

        @Bean
        SecurityFilterChain open(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable()).build();
        }
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private String get(String target, String extraHeader) throws Exception {
        return raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeader + "Connection: close\r\n\r\n");
    }

    private String post(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return raw("POST /api/things HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n" + json);
    }

    private static void assertProblem(String answer, int status) {
        assertThat(answer).as(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).as(answer).contains("content-type: application/problem+json");
        assertThat(answer).as(answer).contains("\"status\":" + status).doesNotContain("<html").doesNotContain("<!doctype");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/a%2Fb", "/api/a%5Cb", "/api/a%00b", "/api/%2e%2e/secret", "/api/things;x=1",
            "/api/../secret", "/api/things?q=%00", "/api/things?q=%E0%A4%A", "/api/things?q=%01x"})
    void aMalformedAddressIsAProblemNotAPage(String target) throws Exception {
        assertProblem(get(target, ""), 400);
    }

    @ParameterizedTest
    @ValueSource(ints = {9_000, 40_000})
    void anOversizedHeaderOrQueryIsAProblemNotAPage(int size) throws Exception {
        String big = "x".repeat(size);
        String header = get("/api/things", "X-Big: " + big + "\r\n");
        String query = get("/api/things?q=" + big, "");
        assertThat(header).as(header).matches("(?s)HTTP/1.1 4\\d\\d.*");
        assertThat(header.toLowerCase()).contains("application/problem+json");
        assertThat(query).as(query).matches("(?s)HTTP/1.1 4\\d\\d.*");
        assertThat(query.toLowerCase()).contains("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"text":"a\\u0000b"}                              | 400
            {"text":"a","text":"b"}                          | 400
            {"items":[null]}                                 | 400
            {"answers":{"q1":null}}                          | 400
            {"answers":{"q\\u0000":"x"}}                      | 400
            {"count":1.5}                                    | 400
            {"text":5}                                       | 400
            {"text":true}                                    | 400
            {"date":"-0001-01-01"}                           | 400
            {"date":"2026-02-30"}                            | 400
            {"date":"1899-12-31"}                            | 400
            {"text":"a\\tb\\nc","count":2,"date":"2026-02-28"} | 200
            """)
    void aBodyIsReadStrictly(String json, int status) throws Exception {
        String answer = post(json);
        assertThat(answer).as(json + " → " + answer).startsWith("HTTP/1.1 " + status);
    }
}
