package ru.nastavnik.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

/** The school's quarterly headcounts, the denominators of every indicator: a form and the history as a chart. */
@Controller
class HeadcountPagesController {

    private final BackendClient backend;

    HeadcountPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping("/school/headcount")
    String headcount(Authentication authentication, Model model) {
        String schoolId = CurrentUser.of(authentication).schoolId();
        JsonNode school = backend.get(backend.registry("/schools/" + schoolId));
        model.addAttribute("school", school);
        model.addAttribute("quarters", Quarters.recent());
        model.addAttribute("latest", school.path("headcounts").path(0));
        model.addAttribute("chartData", ScriptJson.of(school.path("headcounts")));
        return "school/headcount";
    }

    @PostMapping("/school/headcount")
    String report(Authentication authentication, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        String schoolId = CurrentUser.of(authentication).schoolId();
        Map<String, Object> headcount = new LinkedHashMap<>();
        for (String field : List.of("pupilsAged10To14", "pupilsAged15To18", "teachersWithUpTo3Years",
                "teachersWithOver3Years")) {
            headcount.put(field, number(form.get(field)));
        }
        Map<Integer, Integer> grades = new LinkedHashMap<>();
        for (int grade = 1; grade <= 11; grade++) {
            Integer pupils = number(form.get("grade" + grade));
            if (pupils != null) {
                grades.put(grade, pupils);
            }
        }
        headcount.put("pupilsByGrade", grades);
        String quarter = form.getOrDefault("quarter", "");
        try {
            backend.put(backend.registry("/schools/" + schoolId + "/headcounts/" + quarter), headcount);
            redirect.addFlashAttribute("notice", "Численность за " + Quarters.title(quarter) + " сохранена");
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/school/headcount";
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1; // refused by the service with its own message
        }
    }
}
