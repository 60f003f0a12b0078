package ru.nastavnik.testing;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for API tests: answers every status instead of throwing on 4xx and 5xx. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;

    public Api(String baseUrl) {
        this.client = RestClient.builder().baseUrl(baseUrl).build();
    }

    public static Api onPort(int port) {
        return new Api("http://localhost:" + port);
    }

    public Response get(String path, String token) {
        return exchange(HttpMethod.GET, path, token, null, Map.of());
    }

    public Response post(String path, String token, Object body) {
        return exchange(HttpMethod.POST, path, token, body, Map.of());
    }

    public Response put(String path, String token, Object body) {
        return exchange(HttpMethod.PUT, path, token, body, Map.of());
    }

    /** A file sent as a browser's form sends it: multipart, in the field {@code file}. */
    public Response upload(String path, String token, String fileName, byte[] content) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", file(fileName, content));
        return submit(path, token, form);
    }

    /** A multipart form of files ({@link #file}) and plain values. */
    public Response submit(String path, String token, org.springframework.util.MultiValueMap<String, Object> form) {
        return exchange(HttpMethod.POST, path, token, new Multipart(form), Map.of());
    }

    /** A part of a multipart form that is a file with its name. */
    public static Object file(String fileName, byte[] content) {
        return new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    private record Multipart(Object form) {
    }

    public Response exchange(HttpMethod method, String path, String token, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body instanceof Multipart multipart) {
            request.contentType(MediaType.MULTIPART_FORM_DATA);
            request.body(multipart.form());
        } else if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON);
            request.body(body instanceof String text ? text : toJson(body));
        }
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            JsonNode json = bytes.length == 0 ? null : parse(bytes);
            return new Response(res.getStatusCode().value(), res.getHeaders(), json, new String(bytes,
                    java.nio.charset.StandardCharsets.UTF_8), bytes);
        });
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (Exception notJson) {
            return null;
        }
    }

    public record Response(int status, HttpHeaders headers, JsonNode json, String text, byte[] bytes) {

        public String contentType() {
            return headers.getContentType() == null ? "" : headers.getContentType().toString();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
