package ru.nastavnik.gateway.web;

import static org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver.clientRegistrationId;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.gateway.config.NastavnikProperties;

/**
 * The UI's calls to the domain services, made on the server with the signed-in user's own access
 * token (refreshed when needed): the services decide what this person may see, not the UI. URLs arrive
 * already encoded (query values by {@code UriComponentsBuilder}) and are sent as they are, never encoded twice.
 */
@Component
class BackendClient {

    private final RestClient client;
    /** For the few doors that need no account (a pupil's one-time link): no token is attached. */
    private final RestClient anonymous;
    private final NastavnikProperties.Services services;
    private final ObjectMapper objectMapper;

    BackendClient(OAuth2AuthorizedClientManager authorizedClients, NastavnikProperties properties,
                  ObjectMapper objectMapper) {
        this.client = RestClient.builder()
                .requestInterceptor(new OAuth2ClientHttpRequestInterceptor(authorizedClients))
                .build();
        this.anonymous = RestClient.builder().build();
        this.services = properties.services();
        this.objectMapper = objectMapper;
    }

    JsonNode get(String url) {
        return client.get().uri(URI.create(url)).attributes(clientRegistrationId("keycloak"))
                .exchange((request, response) -> read(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    JsonNode post(String url, Object body) {
        return post(url, body, null);
    }

    /**
     * A write on what the page showed at {@code version}: sent with If-Match, so that a change someone else made
     * since is answered 409 instead of being overwritten. {@code null}: no condition.
     */
    JsonNode post(String url, Object body, Long version) {
        RestClient.RequestBodySpec request = client.post().uri(URI.create(url)).attributes(clientRegistrationId("keycloak"));
        if (version != null) {
            request.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> read(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    /** A document the service renders (an order's draft): the bytes and their content type. */
    Download postForDocument(String url, Object body) {
        return client.post().uri(URI.create(url)).attributes(clientRegistrationId("keycloak"))
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    if (response.getStatusCode().isError()) {
                        read(response.getStatusCode(), bytes);
                    }
                    return new Download(bytes, response.getHeaders().getContentType() == null ? "application/octet-stream"
                            : response.getHeaders().getContentType().toString());
                });
    }

    record Download(byte[] bytes, String contentType) {
    }

    /** A file a service renders on GET (a feed as CSV or XLSX): the bytes and their content type. */
    Download getDocument(String url) {
        return client.get().uri(URI.create(url)).attributes(clientRegistrationId("keycloak"))
                .exchange((request, response) -> {
                    byte[] bytes = response.getBody().readAllBytes();
                    if (response.getStatusCode().isError()) {
                        read(response.getStatusCode(), bytes);
                    }
                    return new Download(bytes, response.getHeaders().getContentType() == null ? "application/octet-stream"
                            : response.getHeaders().getContentType().toString());
                });
    }

    JsonNode getAnonymously(String url) {
        return anonymous.get().uri(URI.create(url))
                .exchange((request, response) -> read(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    JsonNode postAnonymously(String url, Object body) {
        return anonymous.post().uri(URI.create(url)).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> read(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    /** A file, forwarded as the browser sent it: multipart, in the field {@code file}. */
    JsonNode postFile(String url, String fileName, byte[] content) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", file(fileName, content));
        return postForm(url, form);
    }

    /** A multipart form of files ({@link #file}) and plain values, as the browser sent it. */
    JsonNode postForm(String url, org.springframework.util.MultiValueMap<String, Object> form) {
        return client.post().uri(URI.create(url)).attributes(clientRegistrationId("keycloak"))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .exchange((request, response) -> read(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    static Object file(String fileName, byte[] content) {
        return new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    JsonNode put(String url, Object body) {
        return client.put().uri(URI.create(url)).attributes(clientRegistrationId("keycloak"))
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> read(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    JsonNode delete(String url) {
        return delete(url, null);
    }

    /** As {@link #post(String, Object, Long)}: conditional on the version the page showed. */
    JsonNode delete(String url, Long version) {
        return client.delete().uri(URI.create(url)).attributes(clientRegistrationId("keycloak"))
                .headers(headers -> {
                    if (version != null) {
                        headers.setIfMatch("\"" + version + "\"");
                    }
                })
                .exchange((request, response) -> read(response.getStatusCode(), response.getBody().readAllBytes()));
    }

    String roadmaps(String path) {
        return services.roadmap() + "/api/roadmaps" + path;
    }

    String registry(String path) {
        return services.registry() + "/api/registry" + path;
    }

    String pairing(String path) {
        return services.pairing() + "/api/pairing" + path;
    }

    String monitoring(String path) {
        return services.monitoring() + "/api/monitoring" + path;
    }

    private JsonNode read(HttpStatusCode status, byte[] body) throws IOException {
        JsonNode json = body.length == 0 ? objectMapper.nullNode() : objectMapper.readTree(body);
        if (status.isError()) {
            String detail = json.hasNonNull("detail") ? json.get("detail").asText()
                    : "Сервис временно недоступен. Повторите попытку позже.";
            throw new BackendProblem(status.value(), detail);
        }
        return json;
    }
}
