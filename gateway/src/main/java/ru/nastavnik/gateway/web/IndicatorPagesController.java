package ru.nastavnik.gateway.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nastavnik.gateway.web.MonitoringViews.Breakdown;
import ru.nastavnik.gateway.web.MonitoringViews.IndicatorFigure;

/**
 * The indicators dashboards: a school's own, the department's (its schools compared) and the region's (its
 * municipalities compared), each as of any date, with the formula beside every figure and every table as XLSX.
 * monitoring-service decides who may read which unit; names come from the registry, never from monitoring.
 */
@Controller
class IndicatorPagesController {

    static final String DEFAULT_COMPARED = "MENTEES_PUPILS_10_18";

    private final MonitoringClient monitoring;
    private final BackendClient backend;
    private final Clock clock;

    IndicatorPagesController(MonitoringClient monitoring, BackendClient backend, Clock clock) {
        this.monitoring = monitoring;
        this.backend = backend;
        this.clock = clock;
    }

    /** Which unit a signed-in person watches: their school, their municipality or their region. */
    private record Scope(String level, String unit, String title, String path) {
    }

    private static Scope scopeOf(CurrentUser user, String page) {
        return switch (page) {
            case "school" -> new Scope("SCHOOL", user.schoolId(), "Показатели организации", "/school/indicators");
            case "department" -> new Scope("MUNICIPALITY", user.municipalityId(), "Показатели муниципалитета",
                    "/department/indicators");
            default -> new Scope("REGION", user.regionId(), "Показатели региона", "/region");
        };
    }

    @GetMapping("/school/indicators")
    String school(Authentication authentication, @RequestParam(required = false) String asOf, Model model) {
        return board(scopeOf(CurrentUser.of(authentication), "school"), asOf, null, model);
    }

    @GetMapping("/department/indicators")
    String department(Authentication authentication, @RequestParam(required = false) String asOf,
                      @RequestParam(required = false) String compare, Model model) {
        return board(scopeOf(CurrentUser.of(authentication), "department"), asOf, compare, model);
    }

    @GetMapping("/region")
    String region(Authentication authentication, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String compare, Model model) {
        return board(scopeOf(CurrentUser.of(authentication), "region"), asOf, compare, model);
    }

    @GetMapping({"/school/indicators.xlsx", "/department/indicators.xlsx", "/region/indicators.xlsx"})
    ResponseEntity<byte[]> indicatorsTable(Authentication authentication, @RequestParam(required = false) String asOf,
                                           jakarta.servlet.http.HttpServletRequest request) {
        Scope scope = scopeOf(CurrentUser.of(authentication), request.getRequestURI().split("/")[1]);
        LocalDate day = dayOf(asOf);
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorFigure figure : monitoring.indicators(scope.level(), scope.unit(), day)) {
            rows.add(List.of(figure.name(), value(figure), figure.unit(), figure.numerator(),
                    figure.denominator() == null ? "" : figure.denominator(),
                    figure.target() == null ? "" : figure.target(), figure.formula(), figure.version()));
        }
        return xlsx("Показатели", List.of("Показатель", "Значение", "Ед.", "Числитель", "Знаменатель", "Цель",
                "Как считается", "Версия формулы"), rows, "pokazateli-" + day + ".xlsx");
    }

    @GetMapping({"/department/indicators/compare.xlsx", "/region/indicators/compare.xlsx"})
    ResponseEntity<byte[]> comparisonTable(Authentication authentication, @RequestParam(required = false) String asOf,
                                           @RequestParam(required = false) String compare,
                                           jakarta.servlet.http.HttpServletRequest request) {
        Scope scope = scopeOf(CurrentUser.of(authentication), request.getRequestURI().split("/")[1]);
        LocalDate day = dayOf(asOf);
        Breakdown breakdown = monitoring.breakdown(compare == null ? DEFAULT_COMPARED : compare, scope.level(),
                scope.unit(), day);
        Function<String, String> names = unitNames(scope);
        List<List<Object>> rows = new ArrayList<>();
        breakdown.units().forEach(unit -> rows.add(List.of(names.apply(unit.unitId()),
                unit.value() == null ? "" : unit.value(), unit.numerator(),
                unit.denominator() == null ? "" : unit.denominator())));
        rows.add(List.of("Итого (числители и знаменатели сложены)", value(breakdown.total()),
                breakdown.total().numerator(), breakdown.total().denominator() == null ? ""
                        : breakdown.total().denominator()));
        return xlsx("Сравнение", List.of("SCHOOL".equals(breakdown.by()) ? "Организация" : "Муниципалитет",
                breakdown.total().name() + ", " + breakdown.total().unit(), "Числитель", "Знаменатель"), rows,
                "sravnenie-" + breakdown.total().code().toLowerCase(java.util.Locale.ROOT) + "-" + day + ".xlsx");
    }

    private String board(Scope scope, String asOf, String compare, Model model) {
        LocalDate day = dayOf(asOf);
        List<IndicatorFigure> figures = monitoring.indicators(scope.level(), scope.unit(), day);
        Map<LocalDate, List<IndicatorFigure>> history = new LinkedHashMap<>();
        for (LocalDate earlier : IndicatorBoard.trendDays(day)) {
            history.put(earlier, earlier.equals(day) ? figures : monitoring.indicators(scope.level(), scope.unit(),
                    earlier));
        }
        Breakdown breakdown = null;
        String compared = compare == null || compare.isBlank() ? DEFAULT_COMPARED : compare;
        if (!"SCHOOL".equals(scope.level())) {
            breakdown = monitoring.breakdown(compared, scope.level(), scope.unit(), day);
        }
        // not "title": the layout's own parameter of that name would shadow it
        model.addAttribute("heading", scope.title());
        model.addAttribute("path", scope.path());
        String tables = scope.path().equals("/region") ? "/region/indicators" : scope.path();
        model.addAttribute("xlsxPath", tables + ".xlsx");
        model.addAttribute("compareXlsxPath", tables + "/compare.xlsx");
        model.addAttribute("unitName", unitNames(scope).apply(scope.unit()));
        model.addAttribute("asOf", day);
        model.addAttribute("asOfText", IndicatorBoard.quarterOf(day));
        model.addAttribute("compared", compared);
        model.addAttribute("choices", figures);
        model.addAttribute("board", IndicatorBoard.of(figures, history, breakdown, unitNames(scope)));
        return "indicators/board";
    }

    /** Names for the ids a level shows, from the registry: schools, and municipalities by their given names. */
    private Function<String, String> unitNames(Scope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            if (!"SCHOOL".equals(scope.level())) {
                backend.get(backend.registry("/municipalities")).forEach(municipality -> names.put(
                        municipality.path("id").asText(), municipality.path("name").asText()));
            }
            backend.get(backend.registry("/schools")).forEach(school -> names.put(school.path("id").asText(),
                    school.path("name").asText()));
        } catch (BackendProblem registryUnavailable) {
            // the figures come from monitoring: without the registry they are still shown, under plain labels
        }
        return id -> names.getOrDefault(id, switch (scope.level()) {
            case "REGION" -> id.equals(scope.unit()) ? "регион" : "муниципалитет " + id;
            case "MUNICIPALITY" -> id.equals(scope.unit()) ? "муниципалитет" : "организация";
            default -> "организация";
        });
    }

    private LocalDate dayOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException notADate) {
            throw new BackendProblem(400, "Дата показателей — в виде ГГГГ-ММ-ДД, например 2026-12-31");
        }
    }

    private static Object value(IndicatorFigure figure) {
        return figure.value() == null ? "" : figure.value();
    }

    private static ResponseEntity<byte[]> xlsx(String sheet, List<String> header, List<List<Object>> rows,
                                               String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxTable.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(XlsxTable.of(sheet, header, rows));
    }
}
