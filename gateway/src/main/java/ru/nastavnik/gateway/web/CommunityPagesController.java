package ru.nastavnik.gateway.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a school shares beyond its walls: its partner organisations with their agreements (as a picture of their
 * terms), and the municipality's bank of practices and base of programmes.
 */
@Controller
class CommunityPagesController {

    private final BackendClient backend;

    CommunityPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping("/school/partners")
    String partners(Model model) {
        JsonNode partners = backend.get(backend.registry("/partners"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        model.addAttribute("partners", partners);
        model.addAttribute("terms", AgreementTerms.of(partners, today));
        return "school/partners";
    }

    @PostMapping("/school/partners")
    String register(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> partner = new LinkedHashMap<>();
        for (String field : new String[] {"name", "kind", "inn", "contacts"}) {
            partner.put(field, form.getOrDefault(field, ""));
        }
        return call(() -> backend.post(backend.registry("/partners"), partner), "Организация-партнёр записана",
                redirect, form);
    }

    @PostMapping("/school/partners/{partnerId}/agreements")
    String agreement(@PathVariable String partnerId, @RequestParam Map<String, String> form,
                     RedirectAttributes redirect) {
        Map<String, String> agreement = new LinkedHashMap<>();
        agreement.put("number", form.getOrDefault("number", ""));
        agreement.put("signedOn", blankToNull(form.get("signedOn")));
        agreement.put("validUntil", blankToNull(form.get("validUntil")));
        agreement.put("subject", form.getOrDefault("subject", ""));
        return call(() -> backend.post(backend.registry("/partners/" + partnerId + "/agreements"), agreement),
                "Соглашение № " + agreement.get("number") + " записано", redirect, null);
    }

    @GetMapping("/practices")
    String practices(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String form,
                     @RequestParam(defaultValue = "") String q, Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/publications");
        if (!kind.isBlank()) {
            query.queryParam("kind", kind);
        }
        if (!form.isBlank()) {
            query.queryParam("form", form);
        }
        if (!q.isBlank()) {
            query.queryParam("q", q);
        }
        model.addAttribute("publications", backend.get(backend.registry(query.encode().build().toUriString())));
        model.addAttribute("forms", backend.get(backend.registry("/participants/vocabulary")).get("forms"));
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        model.addAttribute("q", q);
        return "practices";
    }

    @PostMapping("/practices")
    String publish(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> publication = new LinkedHashMap<>();
        for (String field : new String[] {"kind", "title", "form", "summary", "results", "link", "period"}) {
            publication.put(field, form.getOrDefault(field, ""));
        }
        try {
            backend.post(backend.registry("/publications"), publication);
            redirect.addFlashAttribute("notice", "Опубликовано: коллеги муниципалитета уже видят вашу публикацию");
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("draft", form);
        }
        return "redirect:/practices";
    }

    private String call(Runnable request, String notice, RedirectAttributes redirect, Map<String, String> formToKeep) {
        try {
            request.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            if (formToKeep != null) {
                redirect.addFlashAttribute("form", formToKeep);
            }
        }
        return "redirect:/school/partners";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
