package ru.nastavnik.gateway.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.gateway.web.QuarterViews.Account;
import ru.nastavnik.gateway.web.QuarterViews.ClosureReport;
import ru.nastavnik.gateway.web.QuarterViews.RestatementReport;
import ru.nastavnik.gateway.web.QuarterViews.SnapshotLine;
import ru.nastavnik.gateway.web.QuarterViews.SnapshotView;

/**
 * A quarter's snapshots, approved bottom-up: the head approves the school's figures, the department its
 * municipality's once every school is approved, the region last; the analyst closes a quarter and checks for late
 * facts; the department and the region download the regional feed; the school alone sees who took part, by name.
 */
@Controller
class QuarterPagesController {

    private static final Set<String> FEED_FORMATS = Set.of("json", "csv", "xlsx");

    private final BackendClient backend;
    private final ObjectMapper json;
    private final Clock clock;

    QuarterPagesController(BackendClient backend, ObjectMapper json, Clock clock) {
        this.backend = backend;
        this.json = json;
        this.clock = clock;
    }

    /** The level and unit whose snapshot the signed-in person approves, or null. */
    private record OwnLevel(String level, String unit) {
    }

    private static OwnLevel ownLevel(CurrentUser user) {
        if (user.has("school-head")) {
            return new OwnLevel("SCHOOL", user.schoolId());
        }
        if (user.has("municipal-officer")) {
            return new OwnLevel("MUNICIPALITY", user.municipalityId());
        }
        if (user.has("regional-analyst")) {
            return new OwnLevel("REGION", user.regionId());
        }
        return null;
    }

    @GetMapping("/quarters")
    String quarters(Authentication authentication, @RequestParam(required = false) String quarter,
                    @RequestParam(required = false) String level, @RequestParam(required = false) String unit,
                    Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        String shown = quarter == null || quarter.isBlank() ? previousQuarter() : quarter;
        List<SnapshotLine> lines = json.convertValue(backend.get(UriComponentsBuilder.fromUriString(
                        backend.monitoring("/snapshots")).queryParam("quarter", shown).encode().build().toUriString()),
                json.getTypeFactory().constructCollectionType(List.class, SnapshotLine.class));
        Map<String, String> names = unitNames(user);
        OwnLevel own = ownLevel(user);
        SnapshotView opened = null;
        String openLevel = level != null ? level : own == null ? null : own.level();
        String openUnit = unit != null ? unit : own == null ? null : own.unit();
        if (openLevel != null && lines.stream().anyMatch(line -> line.level().equals(openLevel)
                && line.unitId().equals(openUnit))) {
            opened = snapshot(openLevel, openUnit, shown);
        }
        model.addAttribute("quarter", shown);
        model.addAttribute("quarterTitle", Quarters.title(shown));
        model.addAttribute("quarters", Quarters.recent());
        model.addAttribute("lines", lines);
        model.addAttribute("names", names);
        model.addAttribute("own", own);
        model.addAttribute("opened", opened);
        model.addAttribute("analyst", user.has("regional-analyst"));
        model.addAttribute("feed", user.has("regional-analyst") || user.has("municipal-officer"));
        model.addAttribute("school", user.isSchoolStaff());
        return "quarters/page";
    }

    @PostMapping("/quarters/{quarter}/approval")
    String approve(Authentication authentication, @PathVariable String quarter,
                   @RequestParam(required = false) Integer seenVersion, RedirectAttributes redirect) {
        OwnLevel own = ownLevel(CurrentUser.of(authentication));
        if (own == null) {
            redirect.addFlashAttribute("error", "Утверждать снимки могут руководитель, управление образования и регион");
            return "redirect:/quarters?quarter=" + quarter;
        }
        try {
            // the version the person saw: a restatement meanwhile makes the approval a conflict, not a blind yes
            UriComponentsBuilder approval = UriComponentsBuilder.fromUriString(
                    backend.monitoring("/snapshots/{level}/{unit}/{quarter}/approval"));
            if (seenVersion != null) {
                approval.queryParam("seenVersion", seenVersion);
            }
            backend.post(approval.encode().buildAndExpand(own.level(), own.unit(), quarter).toUriString(), null);
            redirect.addFlashAttribute("notice", "Показатели за " + Quarters.title(quarter) + " утверждены");
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/quarters?quarter=" + quarter;
    }

    @PostMapping("/quarters/{quarter}/closure")
    String close(@PathVariable String quarter, RedirectAttributes redirect) {
        try {
            ClosureReport report = json.convertValue(backend.post(backend.monitoring("/quarters/" + quarter
                    + "/closure"), null), ClosureReport.class);
            redirect.addFlashAttribute("notice", Quarters.title(quarter) + " закрыт: зафиксированы показатели "
                    + report.frozen() + " организаций" + (report.alreadyFrozen() > 0 ? " (ещё " + report.alreadyFrozen()
                    + " были зафиксированы раньше)" : ""));
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/quarters?quarter=" + quarter;
    }

    @PostMapping("/quarters/restatements")
    String restate(@RequestParam String quarter, RedirectAttributes redirect) {
        try {
            RestatementReport report = json.convertValue(backend.post(backend.monitoring("/snapshots/restatements"),
                    null), RestatementReport.class);
            redirect.addFlashAttribute("notice", "Проверено снимков: " + report.checked() + "; пересчитано из-за "
                    + "поздних данных: " + report.restated());
        } catch (BackendProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/quarters?quarter=" + quarter;
    }

    @GetMapping("/quarters/{quarter}/feed")
    ResponseEntity<byte[]> feed(@PathVariable String quarter, @RequestParam(defaultValue = "xlsx") String format) {
        if (!FEED_FORMATS.contains(format)) {
            throw new BackendProblem(400, "Формат выгрузки: json, csv или xlsx");
        }
        BackendClient.Download download = backend.getDocument(UriComponentsBuilder.fromUriString(
                        backend.monitoring("/feed")).queryParam("quarter", quarter).queryParam("format", format)
                .encode().build().toUriString());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("vygruzka-" + quarter + "." + format, StandardCharsets.UTF_8).build().toString())
                .body(download.bytes());
    }

    /** The school's personified account for the quarter: who took part, in which form and pair, by name. */
    @GetMapping("/quarters/{quarter}/participants")
    String participants(Authentication authentication, @PathVariable String quarter, Model model) {
        CurrentUser user = CurrentUser.of(authentication);
        Account account = json.convertValue(backend.get(backend.monitoring("/schools/" + user.schoolId()
                + "/quarters/" + quarter + "/participants")), Account.class);
        Set<String> ids = new LinkedHashSet<>();
        account.participations().forEach(participation -> ids.add(participation.participantId()));
        Map<String, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            backend.get(UriComponentsBuilder.fromUriString(backend.registry("/participants/names"))
                    .queryParam("ids", String.join(",", ids)).encode().build().toUriString())
                    .forEach(name -> names.put(name.path("id").asText(), name.path("fullName").asText()));
        }
        Map<String, String> forms = new LinkedHashMap<>();
        PairingPagesController.FORMS.forEach(form -> forms.put(form.code(), form.title()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (QuarterViews.Participation participation : account.participations()) {
            rows.add(Map.of("name", names.getOrDefault(participation.participantId(), "участник без имени (согласие отозвано)"),
                    "role", "MENTOR".equals(participation.pairRole()) ? "наставник" : "наставляемый",
                    "form", forms.getOrDefault(participation.form(), participation.form()),
                    "kind", participation.group() ? "группа" : "пара"));
        }
        rows.sort(java.util.Comparator.comparing((Map<String, String> row) -> row.get("form"))
                .thenComparing(row -> row.get("role")).thenComparing(row -> row.get("name")));
        model.addAttribute("quarter", quarter);
        model.addAttribute("quarterTitle", Quarters.title(quarter));
        model.addAttribute("participants", account.participants());
        model.addAttribute("rows", rows);
        return "quarters/participants";
    }

    private SnapshotView snapshot(String level, String unit, String quarter) {
        return json.convertValue(backend.get(UriComponentsBuilder.fromUriString(
                        backend.monitoring("/snapshots/{level}/{unit}/{quarter}")).encode()
                .buildAndExpand(level, unit, quarter).toUriString()), SnapshotView.class);
    }

    /** Schools and municipalities by name, as far as the person's role lets the registry tell. */
    private Map<String, String> unitNames(CurrentUser user) {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            backend.get(backend.registry("/schools")).forEach(school -> names.put(school.path("id").asText(),
                    school.path("name").asText()));
            if (!user.isSchoolStaff()) {
                backend.get(backend.registry("/municipalities")).forEach(municipality -> names.put(
                        municipality.path("id").asText(), municipality.path("name").asText()));
            }
        } catch (BackendProblem unavailable) {
            // names are a courtesy: the codes stay readable
        }
        if (user.regionId() != null) {
            names.putIfAbsent(user.regionId(), "регион");
        }
        return names;
    }

    private String previousQuarter() {
        LocalDate lastDayOfPrevious = LocalDate.now(clock).withDayOfMonth(1)
                .withMonth((LocalDate.now(clock).getMonthValue() - 1) / 3 * 3 + 1).minusDays(1);
        return lastDayOfPrevious.getYear() + "-Q" + ((lastDayOfPrevious.getMonthValue() - 1) / 3 + 1);
    }
}
