package ru.nastavnik.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.gateway.web.RebuildViews.Rebuild;

/** monitoring-service's rebuilds, typed; the service decides who may start and follow one. */
@Component
class RebuildClient {

    private final BackendClient backend;
    private final ObjectMapper json;

    RebuildClient(BackendClient backend, ObjectMapper json) {
        this.backend = backend;
        this.json = json;
    }

    Rebuild start() {
        return json.convertValue(backend.post(backend.monitoring("/rebuilds"), null), Rebuild.class);
    }

    Rebuild rebuild(String id) {
        return json.convertValue(backend.get(backend.monitoring("/rebuilds/"
                + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8))), Rebuild.class);
    }

    List<Rebuild> recent() {
        return json.convertValue(backend.get(backend.monitoring("/rebuilds")),
                json.getTypeFactory().constructCollectionType(List.class, Rebuild.class));
    }
}
