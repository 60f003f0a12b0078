package ru.nastavnik.gateway.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.fasterxml.jackson.databind.JsonNode;

/** The department's start page: every school's roadmaps by status, as a chart and a table. */
@Controller
class DepartmentPagesController {

    private final BackendClient backend;

    DepartmentPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping("/department")
    String start(Model model) {
        JsonNode summary = backend.get(backend.monitoring("/roadmaps/summary"));
        model.addAttribute("summary", summary);
        model.addAttribute("chartData", summary.get("schools").toString());
        return "department/start";
    }

    /** Roadmaps waiting for the department's decision, oldest first. */
    @GetMapping("/department/inbox")
    String inbox(Model model) {
        model.addAttribute("roadmaps", backend.get(backend.roadmaps("?status=SUBMITTED")));
        return "department/inbox";
    }
}
