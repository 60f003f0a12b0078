package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.gateway.web.MonitoringViews.Breakdown;
import ru.nastavnik.gateway.web.MonitoringViews.IndicatorFigure;

/** monitoring-service's indicators, typed; the service decides who may read which unit. */
@Component
class MonitoringClient {

    private final BackendClient backend;
    private final ObjectMapper json;

    MonitoringClient(BackendClient backend, ObjectMapper json) {
        this.backend = backend;
        this.json = json;
    }

    List<IndicatorFigure> indicators(String level, String unit, LocalDate asOf) {
        String url = UriComponentsBuilder.fromUriString(backend.monitoring("/indicators"))
                .queryParam("level", level).queryParam("unit", unit).queryParam("asOf", asOf)
                .encode().build().toUriString();
        return json.convertValue(backend.get(url), json.getTypeFactory().constructCollectionType(List.class,
                IndicatorFigure.class));
    }

    Breakdown breakdown(String code, String level, String unit, LocalDate asOf) {
        String url = UriComponentsBuilder.fromUriString(backend.monitoring("/indicators/{code}/breakdown"))
                .queryParam("level", level).queryParam("unit", unit).queryParam("asOf", asOf)
                .encode().buildAndExpand(code).toUriString();
        JsonNode answer = backend.get(url);
        return json.convertValue(answer, Breakdown.class);
    }
}
