package ru.nastavnik.gateway.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import ru.nastavnik.gateway.web.QuestionnaireViews.CampaignDetail;
import ru.nastavnik.gateway.web.QuestionnaireViews.IssuedLink;
import ru.nastavnik.gateway.web.QuestionnaireViews.PersonGrowth;

/**
 * Questionnaires in the UI: the curator's campaigns (create, progress, pupils' one-time links, free answers), the
 * school's results (satisfaction, growth per person with names from the registry, SWOT with its traces), the
 * questionnaires a mentor or the curator answers signed in, and a pupil's page without an account.
 */
@Controller
class QuestionnairePagesController {

    /** Answers arrive as form fields named {@code q.<question code>}. */
    private static final String ANSWER_PREFIX = "q.";

    private final QuestionnaireClient questionnaires;
    private final PairingClient pairing;
    private final Clock clock;

    QuestionnairePagesController(QuestionnaireClient questionnaires, PairingClient pairing, Clock clock) {
        this.questionnaires = questionnaires;
        this.pairing = pairing;
        this.clock = clock;
    }

    // ---- the curator's campaigns ----

    @GetMapping("/school/questionnaires")
    String campaigns(Model model) {
        model.addAttribute("campaigns", questionnaires.campaigns());
        model.addAttribute("templates", questionnaires.templates());
        model.addAttribute("forms", PairingPagesController.FORMS);
        model.addAttribute("today", LocalDate.now(clock));
        return "questionnaires/campaigns";
    }

    @PostMapping("/school/questionnaires")
    String create(@RequestParam String templateId, @RequestParam String targetGroup,
                  @RequestParam(defaultValue = "") String form, @RequestParam String title,
                  @RequestParam String opensOn, @RequestParam String closesOn, RedirectAttributes redirect) {
        Map<String, Object> request = new HashMap<>(Map.of("templateId", templateId, "targetGroup", targetGroup,
                "title", title, "opensOn", opensOn, "closesOn", closesOn));
        if (!form.isBlank()) {
            request.put("form", form);
        }
        try {
            QuestionnaireViews.Campaign created = questionnaires.create(request);
            redirect.addFlashAttribute("notice", "Кампания создана: приглашено " + created.invited());
            return "redirect:/school/questionnaires/campaigns/" + created.id();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:/school/questionnaires";
        }
    }

    @GetMapping("/school/questionnaires/campaigns/{id}")
    String campaign(@PathVariable String id, Model model) {
        return campaignPage(id, List.of(), model);
    }

    @PostMapping("/school/questionnaires/campaigns/{id}/links")
    String issueLinks(@PathVariable String id, @RequestParam(defaultValue = "") List<String> participantIds,
                      Model model) {
        List<IssuedLink> issued = List.of();
        if (participantIds.isEmpty()) {
            model.addAttribute("error", "Отметьте, кому выдать ссылки");
        } else {
            try {
                issued = questionnaires.issueLinks(id, participantIds);
                model.addAttribute("notice", "Ссылки выданы: передайте каждую её адресату. Ответить можно один раз.");
            } catch (BackendProblem problem) {
                model.addAttribute("error", problem.getMessage());
            }
        }
        return campaignPage(id, issued, model);
    }

    private String campaignPage(String id, List<IssuedLink> issued, Model model) {
        CampaignDetail detail = questionnaires.campaign(id);
        Set<String> people = new LinkedHashSet<>();
        detail.invitations().forEach(invitation -> people.add(invitation.respondentId()));
        people.remove("CURATOR");
        Map<String, String> addresses = new LinkedHashMap<>();
        issued.forEach(link -> addresses.put(link.respondentId(),
                ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString()));
        model.addAttribute("detail", detail);
        model.addAttribute("names", pairing.names(people));
        model.addAttribute("issued", issued);
        model.addAttribute("addresses", addresses);
        model.addAttribute("comments", questionnaires.comments(id));
        return "questionnaires/campaign";
    }

    // ---- the school's results ----

    @GetMapping("/school/questionnaires/results")
    String results(Model model) {
        List<PersonGrowth> growth = questionnaires.growthPerPerson();
        Set<String> people = new LinkedHashSet<>();
        growth.forEach(person -> people.add(person.participantId()));
        model.addAttribute("satisfaction", questionnaires.satisfaction());
        model.addAttribute("growth", growth);
        model.addAttribute("names", pairing.names(people));
        model.addAttribute("byForm", questionnaires.growthByForm());
        model.addAttribute("swot", questionnaires.swot());
        return "questionnaires/results";
    }

    // ---- answering signed in: a mentor, the curator ----

    @GetMapping("/questionnaires")
    String mine(Model model) {
        model.addAttribute("open", questionnaires.mine());
        return "questionnaires/mine";
    }

    @GetMapping("/questionnaires/{campaignId}")
    String form(@PathVariable String campaignId, Model model) {
        QuestionnaireViews.QuestionnaireForm form = questionnaires.form(campaignId);
        model.addAttribute("form", form);
        model.addAttribute("given", Map.of());
        return "questionnaires/answer";
    }

    @PostMapping("/questionnaires/{campaignId}")
    String answer(@PathVariable String campaignId, @RequestParam Map<String, String> fields, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> answers = answers(fields);
        try {
            questionnaires.answer(campaignId, answers);
            redirect.addFlashAttribute("notice", "Спасибо! Ответы сохранены.");
            return "redirect:/questionnaires";
        } catch (BackendProblem problem) {
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("form", questionnaires.form(campaignId));
            model.addAttribute("given", answers);
            return "questionnaires/answer";
        }
    }

    // ---- a pupil's one-time link, no account ----

    @GetMapping("/questionnaire/{token}")
    String publicPage(@PathVariable String token, Model model) {
        try {
            model.addAttribute("questionnaire", questionnaires.publicQuestionnaire(token));
        } catch (BackendProblem problem) {
            model.addAttribute("refusal", problem.getMessage());
        }
        model.addAttribute("token", token);
        model.addAttribute("given", Map.of());
        return "questionnaires/public";
    }

    @PostMapping("/questionnaire/{token}")
    String publicAnswer(@PathVariable String token, @RequestParam Map<String, String> fields, Model model) {
        Map<String, String> answers = answers(fields);
        model.addAttribute("token", token);
        model.addAttribute("given", answers);
        try {
            questionnaires.answerPublicly(token, answers);
            model.addAttribute("thanks", true);
        } catch (BackendProblem problem) {
            model.addAttribute("error", problem.getMessage());
            try {
                model.addAttribute("questionnaire", questionnaires.publicQuestionnaire(token));
            } catch (BackendProblem gone) {
                model.addAttribute("refusal", gone.getMessage());
            }
        }
        return "questionnaires/public";
    }

    private static Map<String, String> answers(Map<String, String> fields) {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(ANSWER_PREFIX) && value != null && !value.isBlank()) {
                answers.put(name.substring(ANSWER_PREFIX.length()), value);
            }
        });
        return answers;
    }
}
