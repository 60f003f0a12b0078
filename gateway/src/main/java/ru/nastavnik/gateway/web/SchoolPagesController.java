package ru.nastavnik.gateway.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The school's start page: its roadmaps, a new draft (empty, from the department's template or continuing last
 * year's), the department's plan, its pairs.
 */
@Controller
@RequestMapping("/school")
class SchoolPagesController {

    private final BackendClient backend;

    SchoolPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("roadmaps", backend.get(backend.roadmaps("")));
        model.addAttribute("templates", backend.get(backend.roadmaps("?kind=TEMPLATE&status=ISSUED")));
        model.addAttribute("departmentPlans", backend.get(backend.roadmaps("?kind=MUNICIPAL&status=IN_EXECUTION")));
        model.addAttribute("pairs", backend.get(backend.pairing("/pairs")));
        return "school/start";
    }

    @PostMapping("/roadmaps")
    /** @param basis empty, {@code previous:<id>} to continue last year's roadmap or {@code template:<id>} */
    String create(@RequestParam String title, @RequestParam String schoolYear,
                  @RequestParam(defaultValue = "") String basis, RedirectAttributes redirect) {
        Map<String, String> roadmap = new HashMap<>(Map.of("title", title, "schoolYear", schoolYear));
        String notice = "Черновик дорожной карты создан";
        if (basis.startsWith("previous:")) {
            roadmap.put("previousRoadmapId", basis.substring("previous:".length()));
            notice = "Черновик создан: незавершённые и ежегодные мероприятия перенесены";
        } else if (basis.startsWith("template:")) {
            roadmap.put("templateId", basis.substring("template:".length()));
            notice = "Черновик создан по шаблону управления образования: проверьте сроки и ответственных";
        }
        try {
            JsonNode created = backend.post(backend.roadmaps(""), roadmap);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/roadmaps/" + created.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", Map.of("title", title, "schoolYear", schoolYear));
            return "redirect:/school";
        }
    }
}
