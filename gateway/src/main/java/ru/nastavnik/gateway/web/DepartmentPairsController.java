package ru.nastavnik.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The department's view of its schools' pairs: counts only — pairs by state, stalled pairs, mentees still without a
 * pair — and each school's two weeks from choosing the model to the order. Schools by name, never a person.
 */
@Controller
class DepartmentPairsController {

    private final PairingClient pairing;
    private final BackendClient backend;
    private final ObjectMapper json;

    DepartmentPairsController(PairingClient pairing, BackendClient backend, ObjectMapper json) {
        this.pairing = pairing;
        this.backend = backend;
        this.json = json;
    }

    @GetMapping("/department/pairs")
    String pairs(Model model) {
        List<PairingViews.SchoolOverview> schools = pairing.overview();
        Map<String, String> names = new LinkedHashMap<>();
        backend.get(backend.registry("/schools")).forEach(school -> names.put(school.path("id").asText(),
                school.path("name").asText()));
        model.addAttribute("schools", schools);
        model.addAttribute("schoolNames", names);
        List<Map<String, Object>> chart = schools.stream().map(school -> Map.<String, Object>of(
                "schoolName", names.getOrDefault(school.schoolId(), school.schoolId()),
                "active", school.pairs("ACTIVE"), "waiting", school.pairs("CONFIRMED"),
                "completed", school.pairs("COMPLETED"), "stalled", school.stalled(),
                "withoutPair", school.menteesWithoutPair())).toList();
        model.addAttribute("chartData", ScriptJson.of(json.valueToTree(chart)));
        return "department/pairs";
    }
}
