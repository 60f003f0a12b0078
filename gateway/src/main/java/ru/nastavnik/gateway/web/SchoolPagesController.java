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

/** The school's start page: its roadmaps, a new draft, its pairs. */
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
        model.addAttribute("pairs", backend.get(backend.pairing("/pairs")));
        return "school/start";
    }

    @PostMapping("/roadmaps")
    String create(@RequestParam String title, @RequestParam String schoolYear,
                  @RequestParam(defaultValue = "") String previousRoadmapId, RedirectAttributes redirect) {
        Map<String, String> roadmap = new HashMap<>(Map.of("title", title, "schoolYear", schoolYear));
        if (!previousRoadmapId.isBlank()) {
            roadmap.put("previousRoadmapId", previousRoadmapId);
        }
        try {
            JsonNode created = backend.post(backend.roadmaps(""), roadmap);
            redirect.addFlashAttribute("notice", previousRoadmapId.isBlank() ? "Черновик дорожной карты создан"
                    : "Черновик создан: незавершённые и ежегодные мероприятия перенесены");
            return "redirect:/roadmaps/" + created.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", Map.of("title", title, "schoolYear", schoolYear));
            return "redirect:/school";
        }
    }
}
