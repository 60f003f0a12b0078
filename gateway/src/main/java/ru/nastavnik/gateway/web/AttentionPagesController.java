package ru.nastavnik.gateway.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overdue board: what is late and what is due within two weeks, for the school or the whole district. */
@Controller
class AttentionPagesController {

    private final BackendClient backend;

    AttentionPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping("/attention")
    String attention(Model model) {
        model.addAttribute("attention", backend.get(backend.roadmaps("/attention")));
        return "attention";
    }
}
