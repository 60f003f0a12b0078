package ru.nastavnik.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One roadmap for everyone who may see it: the school edits, submits, adopts and closes it; the
 * department agrees it or returns it with a comment. What each may do is decided by roadmap-service.
 */
@Controller
@RequestMapping("/roadmaps/{roadmapId}")
class RoadmapPagesController {

    private final BackendClient backend;

    RoadmapPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping
    String roadmap(@PathVariable String roadmapId, Authentication authentication, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        JsonNode details = backend.get(backend.roadmaps("/" + roadmapId));
        JsonNode roadmap = details.get("roadmap");
        List<JsonNode> occurrences = new ArrayList<>();
        details.path("occurrences").forEach(occurrences::add);
        List<ActionRow> actions = new ArrayList<>();
        details.get("actions").forEach(action -> actions.add(ActionRow.of(action, occurrences)));
        List<JsonNode> history = new ArrayList<>();
        details.get("history").forEach(history::add);
        JsonNode lastReturn = history.stream().filter(step -> "RETURNED".equals(step.get("step").asText()))
                .reduce((first, second) -> second).orElse(null);
        PeriodView period = PeriodView.of(roadmap.get("schoolYear").asText());
        String kind = roadmap.path("kind").asText("SCHOOL");
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("kind", kind);
        model.addAttribute("period", period);
        model.addAttribute("owner", "SCHOOL".equals(kind)
                ? user.has("school-curator") || user.has("school-head") : user.has("municipal-officer"));
        model.addAttribute("status", RoadmapStatusView.of(roadmap.get("status").asText()));
        model.addAttribute("actions", actions);
        model.addAttribute("history", history.reversed());
        model.addAttribute("lastReturn", lastReturn);
        model.addAttribute("timeline", Timeline.of(period, actions));
        return "roadmap";
    }

    @PostMapping("/actions")
    String addAction(@PathVariable String roadmapId, @RequestParam Map<String, String> form,
                     RedirectAttributes redirect) {
        Map<String, String> action = actionFields(form);
        return act(roadmapId, "/actions", action, "Мероприятие " + action.get("number") + " добавлено", redirect,
                action);
    }

    @PostMapping("/actions/{actionId}")
    String changeAction(@PathVariable String roadmapId, @PathVariable String actionId,
                        @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> action = actionFields(form);
        return act(roadmapId, () -> backend.put(backend.roadmaps("/" + roadmapId + "/actions/" + actionId), action),
                "Мероприятие " + action.get("number") + " исправлено", redirect, null);
    }

    @PostMapping("/actions/{actionId}/removal")
    String removeAction(@PathVariable String roadmapId, @PathVariable String actionId, RedirectAttributes redirect) {
        return act(roadmapId, () -> backend.delete(backend.roadmaps("/" + roadmapId + "/actions/" + actionId)),
                "Мероприятие удалено", redirect, null);
    }

    @PostMapping("/submission")
    String submit(@PathVariable String roadmapId, RedirectAttributes redirect) {
        return act(roadmapId, "/submission", null,
                "Дорожная карта отправлена на согласование в управление образования", redirect, null);
    }

    @PostMapping("/agreement")
    String agree(@PathVariable String roadmapId, @RequestParam(defaultValue = "") String comment,
                 RedirectAttributes redirect) {
        return act(roadmapId, "/agreement", Map.of("comment", comment), "Дорожная карта согласована", redirect, null);
    }

    @PostMapping("/return")
    String returnForRework(@PathVariable String roadmapId, @RequestParam(defaultValue = "") String comment,
                           RedirectAttributes redirect) {
        return act(roadmapId, "/return", Map.of("comment", comment),
                "Дорожная карта возвращена на доработку с комментарием", redirect, Map.of("comment", comment));
    }

    @PostMapping("/adoption")
    String adopt(@PathVariable String roadmapId, @RequestParam String orderNumber, @RequestParam String orderDate,
                 RedirectAttributes redirect) {
        return act(roadmapId, "/adoption", Map.of("orderNumber", orderNumber, "orderDate", orderDate),
                "Утверждено приказом № " + orderNumber, redirect,
                Map.of("orderNumber", orderNumber, "orderDate", orderDate));
    }

    @PostMapping("/occurrences/completion")
    String complete(@PathVariable String roadmapId, @RequestParam String actionId, @RequestParam String dueDate,
                    @RequestParam String evidenceKind, @RequestParam(defaultValue = "") String evidenceNumber,
                    @RequestParam String evidenceDate, @RequestParam(defaultValue = "") String evidenceLink,
                    RedirectAttributes redirect) {
        Map<String, String> evidence = Map.of("evidenceKind", evidenceKind, "evidenceNumber", evidenceNumber,
                "evidenceDate", evidenceDate, "evidenceLink", evidenceLink);
        return act(roadmapId, "/actions/" + actionId + "/occurrences/" + dueDate + "/completion", evidence,
                "Срок отмечен выполненным", redirect, null);
    }

    @PostMapping("/occurrences/cancellation")
    String cancel(@PathVariable String roadmapId, @RequestParam String actionId, @RequestParam String dueDate,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(roadmapId, "/actions/" + actionId + "/occurrences/" + dueDate + "/cancellation",
                Map.of("reason", reason), "Срок отменён", redirect, null);
    }

    @PostMapping("/closure")
    String close(@PathVariable String roadmapId, RedirectAttributes redirect) {
        return act(roadmapId, "/closure", null, "Закрыто: дальше документ только для чтения", redirect, null);
    }

    private static Map<String, String> actionFields(Map<String, String> form) {
        Map<String, String> action = new LinkedHashMap<>();
        for (String field : new String[] {"section", "number", "title", "deadline", "responsible", "result",
                "anchorActionId"}) {
            action.put(field, form.getOrDefault(field, ""));
        }
        return action;
    }

    private String act(String roadmapId, String step, Object body, String notice, RedirectAttributes redirect,
                       Map<String, String> formToKeep) {
        return act(roadmapId, () -> backend.post(backend.roadmaps("/" + roadmapId + step), body), notice, redirect,
                formToKeep);
    }

    /** Calls roadmap-service; its refusal comes back to the same page as a Russian message, the form kept. */
    private String act(String roadmapId, Runnable call, String notice, RedirectAttributes redirect,
                       Map<String, String> formToKeep) {
        try {
            call.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            if (formToKeep != null) {
                redirect.addFlashAttribute("form", formToKeep);
            }
        }
        return "redirect:/roadmaps/" + roadmapId;
    }
}
