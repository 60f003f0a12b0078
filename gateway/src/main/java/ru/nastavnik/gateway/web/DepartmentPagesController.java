package ru.nastavnik.gateway.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The department's pages: every school's roadmaps by status (a chart and a table), the approval inbox, and the
 * department's own plan and the templates it issues to its schools.
 */
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
        String municipalityId = summary.path("municipalityId").asText();
        String municipalityName = municipalityId;
        for (JsonNode municipality : backend.get(backend.registry("/municipalities"))) {
            if (municipality.path("id").asText().equals(municipalityId)) {
                municipalityName = municipality.path("name").asText();
            }
        }
        model.addAttribute("municipalityName", municipalityName);
        model.addAttribute("chartData", ScriptJson.of(summary.get("schools")));
        return "department/start";
    }

    /** Roadmaps waiting for the department's decision, oldest first. */
    @GetMapping("/department/inbox")
    String inbox(Model model) {
        model.addAttribute("roadmaps", backend.get(backend.roadmaps("?status=SUBMITTED")));
        return "department/inbox";
    }

    @GetMapping("/department/plans")
    String plans(Model model) {
        model.addAttribute("plans", backend.get(backend.roadmaps("?kind=MUNICIPAL")));
        model.addAttribute("templates", backend.get(backend.roadmaps("?kind=TEMPLATE")));
        return "department/plans";
    }

    @PostMapping("/department/plans")
    String create(@RequestParam String title, @RequestParam String schoolYear, @RequestParam String kind,
                  RedirectAttributes redirect) {
        try {
            JsonNode created = backend.post(backend.roadmaps(""),
                    Map.of("title", title, "schoolYear", schoolYear, "kind", kind));
            redirect.addFlashAttribute("notice", "TEMPLATE".equals(kind)
                    ? "Черновик шаблона создан: внесите этапы и мероприятия, затем утвердите приказом"
                    : "Черновик плана создан: внесите мероприятия, затем утвердите приказом");
            return "redirect:/roadmaps/" + created.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", Map.of("title", title, "schoolYear", schoolYear, "kind", kind));
            return "redirect:/department/plans";
        }
    }
}
