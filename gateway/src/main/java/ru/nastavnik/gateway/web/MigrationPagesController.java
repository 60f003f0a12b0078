package ru.nastavnik.gateway.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The department moves its schools' published roadmaps onto the platform at once: it picks the documents and the
 * school each belongs to, and follows the batch as every document becomes a draft of its school.
 */
@Controller
class MigrationPagesController {

    private final BackendClient backend;

    MigrationPagesController(BackendClient backend) {
        this.backend = backend;
    }

    @GetMapping("/department/migration")
    String form(Model model) {
        model.addAttribute("schools", backend.get(backend.roadmaps("/imports/schools")));
        return "department/migration";
    }

    @PostMapping("/department/migration")
    String start(@RequestParam("files") List<MultipartFile> files,
                 @RequestParam(name = "schoolIds", required = false) List<String> schoolIds,
                 RedirectAttributes redirect) throws IOException {
        if (files.stream().allMatch(MultipartFile::isEmpty)) {
            redirect.addFlashAttribute("error", "Выберите документы школ");
            return "redirect:/department/migration";
        }
        // without a school a document would become the department's own plan: each must name its school
        if (schoolIds == null || schoolIds.size() != files.size() || schoolIds.stream().anyMatch(String::isBlank)) {
            redirect.addFlashAttribute("error", "Укажите школу для каждого документа");
            return "redirect:/department/migration";
        }
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < files.size(); i++) {
            // an empty file goes too: the service names it in its refusal
            form.add("files", BackendClient.file(files.get(i).getOriginalFilename(), files.get(i).getBytes()));
            form.add("schoolIds", schoolIds.get(i));
        }
        try {
            JsonNode batch = backend.postForm(backend.roadmaps("/imports/batches"), form);
            return "redirect:/department/migration/" + batch.get("id").asText();
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
            return "redirect:/department/migration";
        }
    }

    @GetMapping("/department/migration/{batchId}")
    String progress(@PathVariable String batchId, Model model) {
        JsonNode schools = backend.get(backend.roadmaps("/imports/schools"));
        Map<String, String> names = java.util.stream.StreamSupport.stream(schools.spliterator(), false)
                .collect(Collectors.toMap(school -> school.get("schoolId").asText(), school -> school.get("name").asText()));
        model.addAttribute("batch", backend.get(backend.roadmaps("/imports/batches/"
                + UriUtils.encodePathSegment(batchId, StandardCharsets.UTF_8))));
        model.addAttribute("schoolNames", names);
        return "department/migration-progress";
    }
}
