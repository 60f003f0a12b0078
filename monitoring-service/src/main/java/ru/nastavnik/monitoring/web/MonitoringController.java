package ru.nastavnik.monitoring.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.monitoring.api.RoadmapSummaryReport;
import ru.nastavnik.monitoring.query.FindRoadmapSummaryQuery;
import ru.nastavnik.platform.security.Caller;

@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Мониторинг")
class MonitoringController {

    private final QueryGateway queries;

    MonitoringController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/roadmaps/summary")
    @Operation(summary = "Дорожные карты всех организаций муниципалитета по статусам (для управления образования)")
    RoadmapSummaryReport roadmapSummary(Caller caller) {
        caller.requireAnyRole(Caller.MUNICIPAL_OFFICER);
        return queries.query(new FindRoadmapSummaryQuery(caller.requireMunicipality()),
                ResponseTypes.instanceOf(RoadmapSummaryReport.class)).join();
    }
}
