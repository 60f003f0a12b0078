package ru.nastavnik.gateway.web;

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
    String create(@RequestParam String title, @RequestParam String schoolYear, RedirectAttributes redirect) {
        try {
            JsonNode created = backend.post(backend.roadmaps(""), Map.of("title", title, "schoolYear", schoolYear));
            redirect.addFlashAttribute("notice", "Черновик дорожной карты создан");
            return "redirect:/roadmaps/" + created.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", Map.of("title", title, "schoolYear", schoolYear));
            return "redirect:/school";
        }
    }
}
