package ru.nastavnik.gateway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A published roadmap document into a draft: the service reads it in the background (the page shows how far), then
 * the page shows every row with what it is unsure of highlighted, the person corrects it in place and saves.
 * Nothing is stored before saving.
 */
@Controller
class DocumentImportPagesController {

    private static final String[] FIELDS = {"section", "number", "title", "deadline", "responsible", "result"};
    /** Below this confidence a cell is highlighted for the person to check. */
    private static final double SURE = 0.8;

    private final BackendClient backend;

    DocumentImportPagesController(BackendClient backend) {
        this.backend = backend;
    }

    /** The document goes to the service to be read in the background; the page follows it. */
    @PostMapping("/roadmaps/import")
    String read(@RequestParam("file") MultipartFile file, Authentication authentication, RedirectAttributes redirect)
            throws IOException {
        try {
            JsonNode reading = backend.postFile(backend.roadmaps("/imports/readings"), file.getOriginalFilename(),
                    file.getBytes());
            return "redirect:/roadmaps/import/" + reading.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:" + CurrentUser.of(authentication).startPage();
        }
    }

    /** While the document is read: its progress; once read: every row for the person to check and correct. */
    @GetMapping("/roadmaps/import/{readingId}")
    String reading(@PathVariable String readingId, Authentication authentication, Model model,
                   RedirectAttributes redirect) {
        JsonNode reading;
        try {
            reading = backend.get(backend.roadmaps("/imports/readings/" + UriUtils.encodePathSegment(readingId,
                    StandardCharsets.UTF_8)));
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:" + CurrentUser.of(authentication).startPage();
        }
        model.addAttribute("reading", reading);
        switch (reading.get("status").asText()) {
            case "READING" -> {
                return "roadmap-reading";
            }
            case "FAILED" -> {
                redirect.addFlashAttribute("error", "«" + reading.get("fileName").asText() + "»: "
                        + reading.get("problem").asText());
                return "redirect:" + CurrentUser.of(authentication).startPage();
            }
            default -> {
                JsonNode read = reading.path("roadmap");
                if (read.isMissingNode()) {
                    redirect.addFlashAttribute("error", "Документ «" + reading.get("fileName").asText()
                            + "» не удалось прочитать: загрузите его ещё раз");
                    return "redirect:" + CurrentUser.of(authentication).startPage();
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                int cells = 0;
                int unsure = 0;
                for (JsonNode section : read.path("sections")) {
                    for (JsonNode action : section.path("actions")) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("section", section.path("name").asText());
                        for (String field : FIELDS) {
                            if (!field.equals("section")) {
                                double confidence = action.path("confidence").path(field).asDouble(1);
                                row.put(field, action.path(field).asText(""));
                                row.put(field + "Unsure", confidence < SURE);
                                row.put(field + "Confidence", Math.round(confidence * 100));
                                cells++;
                                unsure += confidence < SURE ? 1 : 0;
                            }
                        }
                        List<String> warnings = new ArrayList<>();
                        action.path("warnings").forEach(warning -> warnings.add(warning.asText()));
                        row.put("warnings", warnings);
                        rows.add(row);
                    }
                }
                model.addAttribute("read", read);
                model.addAttribute("rows", rows);
                model.addAttribute("fileName", reading.get("fileName").asText());
                model.addAttribute("surePercent", cells == 0 ? 100 : Math.round(100.0 * (cells - unsure) / cells));
                model.addAttribute("unsureCells", unsure);
                return "roadmap-import";
            }
        }
    }

    @PostMapping("/roadmaps/import/draft")
    String save(@RequestParam Map<String, String> form, Authentication authentication, RedirectAttributes redirect) {
        int count = Integer.parseInt(form.getOrDefault("count", "0"));
        List<Map<String, String>> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (form.containsKey("remove." + i)) {
                continue;
            }
            Map<String, String> action = new LinkedHashMap<>();
            for (String field : FIELDS) {
                action.put(field, form.getOrDefault(field + "." + i, ""));
            }
            actions.add(action);
        }
        try {
            Map<String, Object> draft = new LinkedHashMap<>();
            draft.put("title", form.getOrDefault("title", ""));
            draft.put("schoolYear", form.getOrDefault("schoolYear", ""));
            draft.put("actions", actions);
            JsonNode created = backend.post(backend.roadmaps("/imports"), draft);
            redirect.addFlashAttribute("notice", "Черновик создан из документа: " + actions.size()
                    + " мероприятий. Проверьте сроки с предупреждениями");
            return "redirect:/roadmaps/" + created.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage() + " — загрузите документ ещё раз и исправьте");
            return "redirect:" + CurrentUser.of(authentication).startPage();
        }
    }
}
