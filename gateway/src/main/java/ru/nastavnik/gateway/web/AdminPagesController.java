package ru.nastavnik.gateway.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator's start page: the organisations of the region. */
@Controller
@RequestMapping("/admin")
class AdminPagesController {

    private final BackendClient backend;

    AdminPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("schools", backend.get(backend.registry("/schools")));
        return "admin/start";
    }

    @PostMapping("/schools")
    String register(@RequestParam String schoolId, @RequestParam String name, @RequestParam String kind,
                    @RequestParam String municipalityId, RedirectAttributes redirect) {
        try {
            backend.post(backend.registry("/schools"), Map.of("schoolId", schoolId, "name", name, "kind", kind,
                    "municipalityId", municipalityId));
            redirect.addFlashAttribute("notice", "Организация «" + name + "» зарегистрирована");
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", Map.of("schoolId", schoolId, "name", name, "kind", kind,
                    "municipalityId", municipalityId));
        }
        return "redirect:/admin";
    }
}
