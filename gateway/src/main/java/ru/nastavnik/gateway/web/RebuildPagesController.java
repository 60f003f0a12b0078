package ru.nastavnik.gateway.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.gateway.web.RebuildViews.Rebuild;

/**
 * The administrator or the regional analyst rebuilds monitoring's figures from the event streams and watches the
 * progress; the page follows the run by itself (rebuild-progress.js), so a refresh or a second tab shows the same.
 */
@Controller
class RebuildPagesController {

    private final RebuildClient rebuilds;

    RebuildPagesController(RebuildClient rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping("/monitoring/rebuilds")
    String list(Model model) {
        model.addAttribute("rebuilds", rebuilds.recent());
        return "rebuild/list";
    }

    @PostMapping("/monitoring/rebuilds")
    String start(RedirectAttributes redirect) {
        try {
            Rebuild started = rebuilds.start();
            return "redirect:/monitoring/rebuilds/" + started.id();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:/monitoring/rebuilds";
        }
    }

    @GetMapping("/monitoring/rebuilds/{id}")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("rebuild", rebuilds.rebuild(id));
        return "rebuild/progress";
    }
}
