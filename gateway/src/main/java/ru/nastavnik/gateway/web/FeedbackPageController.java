package ru.nastavnik.gateway.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A pupil's page without an account: the one-time link shows one meeting and takes one answer. Nothing else of the
 * platform is reachable from it.
 */
@Controller
class FeedbackPageController {

    private final PairingClient pairing;

    FeedbackPageController(PairingClient pairing) {
        this.pairing = pairing;
    }

    @GetMapping("/feedback/{token}")
    String page(@PathVariable String token, Model model) {
        try {
            model.addAttribute("meeting", pairing.meetingForFeedback(token));
        } catch (BackendProblem problem) {
            model.addAttribute("refusal", problem.getMessage());
        }
        model.addAttribute("token", token);
        return "feedback";
    }

    @PostMapping("/feedback/{token}")
    String answer(@PathVariable String token, @RequestParam(defaultValue = "0") int score,
                  @RequestParam(defaultValue = "") String comment,
                  @RequestParam(defaultValue = "false") boolean notAGoodFit, Model model) {
        model.addAttribute("token", token);
        try {
            pairing.answerFeedback(token, Map.of("score", score, "comment", comment, "notAGoodFit", notAGoodFit));
            model.addAttribute("thanks", true);
        } catch (BackendProblem problem) {
            model.addAttribute("error", problem.getMessage());
            try {
                model.addAttribute("meeting", pairing.meetingForFeedback(token));
            } catch (BackendProblem gone) {
                model.addAttribute("refusal", gone.getMessage());
            }
        }
        return "feedback";
    }
}
