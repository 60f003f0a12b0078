package ru.nastavnik.gateway.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The school's bases of mentors and mentees (registry-service): the list with filters, a person's card, entering
 * a person with their consent, withdrawal. The department's page shows the counts of its schools, never a name.
 */
@Controller
class PeoplePagesController {

    private static final String IMPORT_FILE = "pending-base-import";

    private final BackendClient backend;

    PeoplePagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping("/school/people")
    String bases(@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String q,
                 Model model) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("");
        if (!role.isBlank()) {
            query.queryParam("role", role);
        }
        if (!q.isBlank()) {
            query.queryParam("q", q);
        }
        model.addAttribute("people", backend.get(backend.registry("/participants" + query.encode().build())));
        model.addAttribute("counts", backend.get(backend.registry("/participants/counts")).path("schools").path(0));
        model.addAttribute("vocabulary", backend.get(backend.registry("/participants/vocabulary")));
        model.addAttribute("partners", backend.get(backend.registry("/partners")));
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        return "school/people";
    }

    @PostMapping("/school/people")
    String enrol(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("signedBy", form.getFirst("signedBy"));
        consent.put("signerName", form.getFirst("signerName"));
        consent.put("signedOn", blankToNull(form.getFirst("signedOn")));
        consent.put("scopes", form.getOrDefault("scopes", List.of()));
        Map<String, Object> person = new HashMap<>();
        for (String field : List.of("role", "category", "fullName", "birthDate", "contacts", "grade",
                "experienceYears", "partnerId")) {
            person.put(field, blankToNull(form.getFirst(field)));
        }
        person.put("consent", consent);
        try {
            JsonNode created = backend.post(backend.registry("/participants"), person);
            redirect.addFlashAttribute("notice", "Участник внесён в базу; согласие записано");
            return "redirect:/school/people/" + created.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            redirect.addFlashAttribute("form", form.toSingleValueMap());
            return "redirect:/school/people#enrol";
        }
    }

    /** Step 1 of the import wizard: the file is kept in the user's session, the service only previews it. */
    @PostMapping("/school/people/import")
    String previewImport(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
                         RedirectAttributes redirect) throws IOException {
        try {
            JsonNode preview = backend.postFile(backend.registry("/imports/preview"), file.getOriginalFilename(),
                    file.getBytes());
            session.setAttribute(IMPORT_FILE, new PendingImport(file.getOriginalFilename(), file.getBytes()));
            model.addAttribute("preview", preview);
            return "school/import";
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:/school/people";
        }
    }

    /** Step 2: the previewed file goes to the service for real; the page then follows the import's progress. */
    @PostMapping("/school/people/import/confirmation")
    String confirmImport(HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(IMPORT_FILE) instanceof PendingImport pending)) {
            redirect.addFlashAttribute("error", "Файл для импорта не найден: загрузите его ещё раз");
            return "redirect:/school/people";
        }
        session.removeAttribute(IMPORT_FILE);
        JsonNode job = backend.postFile(backend.registry("/imports"), pending.fileName(), pending.content());
        return "redirect:/school/people/import/" + job.get("id").asText();
    }

    @GetMapping("/school/people/import/{jobId}")
    String importProgress(@PathVariable String jobId, Model model) {
        model.addAttribute("job", backend.get(backend.registry("/imports/" + jobId)));
        return "school/import-progress";
    }

    /** A previewed file waits in the session, not in any database, until the user confirms it. */
    private record PendingImport(String fileName, byte[] content) implements java.io.Serializable {
    }

    @GetMapping("/school/people/{id}")
    String card(@PathVariable String id, Model model) {
        model.addAttribute("person", backend.get(backend.registry("/participants/" + id)));
        model.addAttribute("vocabulary", backend.get(backend.registry("/participants/vocabulary")));
        return "school/person";
    }

    @PostMapping("/school/people/{id}/requests")
    String requests(@PathVariable String id, @RequestParam(defaultValue = "") List<String> requests,
                    @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(id, () -> backend.put(backend.registry("/participants/" + id + "/requests"),
                Map.of("requests", requests, "note", note)), "Запросы записаны", redirect);
    }

    @PostMapping("/school/people/{id}/mentor-profile")
    String mentorProfile(@PathVariable String id, @RequestParam(defaultValue = "") String competencies,
                         @RequestParam(defaultValue = "") List<String> competencyCodes,
                         @RequestParam(defaultValue = "") List<String> preferredForms,
                         @RequestParam(defaultValue = "0") int capacity, RedirectAttributes redirect) {
        return act(id, () -> backend.put(backend.registry("/participants/" + id + "/mentor-profile"),
                        Map.of("competencies", competencies, "competencyCodes", competencyCodes,
                                "preferredForms", preferredForms, "capacity", capacity)),
                "Профиль наставника сохранён", redirect);
    }

    @PostMapping("/school/people/{id}/questionnaire")
    String questionnaire(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith("answer.")) {
                answers.put(field.substring("answer.".length()), value);
            }
        });
        return act(id, () -> backend.put(backend.registry("/participants/" + id + "/questionnaire"),
                Map.of("answers", answers)), "Анкета наставника сохранена", redirect);
    }

    @PostMapping("/school/people/{id}/selection")
    String selection(@PathVariable String id, @RequestParam String selection,
                     @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(id, () -> backend.post(backend.registry("/participants/" + id + "/selection"),
                Map.of("selection", selection, "reason", reason)), "Итог отбора записан", redirect);
    }

    @PostMapping("/school/people/{id}/trainings")
    String training(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, Object> training = new HashMap<>();
        training.put("course", form.getOrDefault("course", ""));
        training.put("hours", Integer.parseInt(form.getOrDefault("hours", "0").isBlank() ? "0" : form.get("hours")));
        training.put("certificateNumber", form.getOrDefault("certificateNumber", ""));
        training.put("certificateDate", blankToNull(form.get("certificateDate")));
        return act(id, () -> backend.post(backend.registry("/participants/" + id + "/trainings"), training),
                "Обучение записано", redirect);
    }

    @PostMapping("/school/people/{id}/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String withdrawnOn,
                    RedirectAttributes redirect) {
        Map<String, Object> body = new HashMap<>();
        body.put("withdrawnOn", blankToNull(withdrawnOn));
        return act(id, () -> backend.post(backend.registry("/participants/" + id + "/consent-withdrawal"), body),
                "Согласие отозвано: персональные данные удалены безвозвратно", redirect);
    }

    @GetMapping("/department/people")
    String departmentCounts(Model model) {
        JsonNode counts = backend.get(backend.registry("/participants/counts"));
        List<JsonNode> schools = new ArrayList<>();
        counts.path("schools").forEach(schools::add);
        model.addAttribute("counts", counts);
        model.addAttribute("schools", schools);
        model.addAttribute("chartData", ScriptJson.of(counts.path("schools")));
        return "department/people";
    }

    private String act(String id, Runnable call, String notice, RedirectAttributes redirect) {
        try {
            call.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/school/people/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
