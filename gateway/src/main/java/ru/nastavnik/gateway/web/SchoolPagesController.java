package ru.nastavnik.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

/** The school's start page: its roadmaps; and the roadmap editor. */
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
            return "redirect:/school/roadmaps/" + created.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", Map.of("title", title, "schoolYear", schoolYear));
            return "redirect:/school";
        }
    }

    @GetMapping("/roadmaps/{roadmapId}")
    String roadmap(@PathVariable String roadmapId, Model model) {
        JsonNode details = backend.get(backend.roadmaps("/" + roadmapId));
        JsonNode roadmap = details.get("roadmap");
        List<ActionRow> actions = new ArrayList<>();
        details.get("actions").forEach(action -> actions.add(ActionRow.of(action)));
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("actions", actions);
        model.addAttribute("timeline", Timeline.of(roadmap.get("schoolYear").asText(), actions));
        return "school/roadmap";
    }

    @PostMapping("/roadmaps/{roadmapId}/actions")
    String addAction(@PathVariable String roadmapId, @RequestParam Map<String, String> form,
                     RedirectAttributes redirect) {
        Map<String, String> action = new LinkedHashMap<>();
        for (String field : new String[] {"section", "number", "title", "deadline", "responsible", "result"}) {
            action.put(field, form.getOrDefault(field, ""));
        }
        try {
            backend.post(backend.roadmaps("/" + roadmapId + "/actions"), action);
            redirect.addFlashAttribute("notice", "Мероприятие " + action.get("number") + " добавлено");
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", action);
        }
        return "redirect:/school/roadmaps/" + roadmapId;
    }

    @PostMapping("/roadmaps/{roadmapId}/submission")
    String submit(@PathVariable String roadmapId, RedirectAttributes redirect) {
        try {
            backend.post(backend.roadmaps("/" + roadmapId + "/submission"), null);
            redirect.addFlashAttribute("notice", "Дорожная карта отправлена на согласование в управление образования");
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/school/roadmaps/" + roadmapId;
    }
}
