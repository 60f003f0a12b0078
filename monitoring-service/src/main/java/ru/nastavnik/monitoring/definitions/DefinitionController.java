package ru.nastavnik.monitoring.definitions;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;

/**
 * Reading and versioning the definitions. The region edits the default set; a department edits its own version
 * for its municipality (it then applies to the municipality and its schools, never to the region's figures).
 * A PUT never changes a version: it appends the next one.
 */
@RestController
@RequestMapping("/api/monitoring/indicators/definitions")
@Tag(name = "Показатели мониторинга: определения")
class DefinitionController {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final BigDecimal MAX_TARGET = BigDecimal.valueOf(1_000_000);

    private final IndicatorDefinitions definitions;

    DefinitionController(IndicatorDefinitions definitions) {
        this.definitions = definitions;
    }

    @GetMapping
    @Operation(summary = "Действующие определения показателей (для муниципалитета — с его собственными версиями)")
    List<DefinitionView> current(Caller caller) {
        readable(caller);
        String municipality = caller.hasRole(Caller.REGIONAL_ANALYST) ? null : caller.municipalityId();
        return definitions.current(municipality).stream().map(DefinitionView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Определение показателя: действующее или версия version")
    DefinitionView one(Caller caller, @PathVariable String code, @RequestParam(required = false) String version) {
        readable(caller);
        checkCode(code);
        if (version == null || version.isBlank()) {
            String municipality = caller.hasRole(Caller.REGIONAL_ANALYST) ? null : caller.municipalityId();
            return definitions.current(code, municipality).map(DefinitionView::of)
                    .orElseThrow(() -> new NotFoundException("Показатель не найден"));
        }
        int number = DefinitionVisibility.parseVersion(version);
        return definitions.version(code, number).filter(found -> DefinitionVisibility.visible(caller, found))
                .map(DefinitionView::of).orElseThrow(() -> new NotFoundException("Такой версии показателя нет"));
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "Все версии определения показателя, видимые вызывающему")
    List<DefinitionView> versions(Caller caller, @PathVariable String code) {
        readable(caller);
        checkCode(code);
        return definitions.versions(code).stream().filter(found -> DefinitionVisibility.visible(caller, found))
                .map(DefinitionView::of).toList();
    }

    @PutMapping("/{code}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Новая версия определения (регион — для всех, управление образования — для своего муниципалитета)")
    DefinitionView edit(Caller caller, @PathVariable String code, @RequestBody DefinitionRequest request) {
        caller.requireAnyRole(Caller.REGIONAL_ANALYST, Caller.MUNICIPAL_OFFICER);
        checkCode(code);
        String municipality = caller.hasRole(Caller.REGIONAL_ANALYST) ? null : caller.requireMunicipality();
        IndicatorDefinition draft = validated(code, municipality, caller.mainRole(), request);
        return definitions.append(draft).map(DefinitionView::of).orElseThrow(() -> BrokenRule.state(
                "concurrent-definition", "Показатель одновременно изменил кто-то другой; обновите и повторите"));
    }

    private static IndicatorDefinition validated(String code, String municipality, String role,
                                                 DefinitionRequest request) {
        String name = text(request.name(), "name", "Название", 300);
        String formula = text(request.formula(), "formula", "Формула словами", 4000);
        String unit = text(request.unit(), "unit", "Единица", 20);
        if (request.numerator() == null) {
            throw BrokenRule.invalid("definition-numerator", "Укажите числитель (numerator)");
        }
        Measure numerator = request.numerator().toMeasure();
        Measure denominator = request.denominator() == null ? null : request.denominator().toMeasure();
        if (request.factor() == null || request.factor() != 1 && request.factor() != 100) {
            throw BrokenRule.invalid("definition-factor", "Множитель (factor): 100 для доли в процентах, 1 для числа");
        }
        if (request.target() != null && (request.target().signum() < 0 || request.target().compareTo(MAX_TARGET) > 0
                || request.target().scale() > 2)) {
            throw BrokenRule.invalid("definition-target", "Целевое значение — от 0, не больше двух знаков после запятой");
        }
        if (request.disaggregation() != null) {
            if (!"FORM".equals(request.disaggregation())) {
                throw BrokenRule.invalid("definition-disaggregation", "Разбивка (disaggregation) возможна только FORM");
            }
            if (!numerator.fact().countsPairs() || denominator != null) {
                throw BrokenRule.invalid("definition-disaggregation",
                        "По формам разбивается только число пар, групп или встреч без знаменателя");
            }
        }
        return new IndicatorDefinition(code, 0, municipality, name, numerator, denominator, request.factor(), unit,
                request.target(), request.disaggregation(), formula, null, role);
    }

    private static String text(String value, String field, String title, int max) {
        if (value == null || value.isBlank()) {
            throw BrokenRule.invalid("definition-" + field, title + " (" + field + ") не может быть пустым");
        }
        if (value.length() > max) {
            throw BrokenRule.invalid("definition-" + field, title + " (" + field + ") — не длиннее " + max + " символов");
        }
        return value.strip();
    }

    private static void checkCode(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Код показателя: заглавные латинские буквы, цифры и подчёркивание");
        }
    }

    private static void readable(Caller caller) {
        if (!caller.hasAnyRole(Caller.SCHOOL_HEAD, Caller.SCHOOL_CURATOR, Caller.MUNICIPAL_OFFICER,
                Caller.REGIONAL_ANALYST)) {
            throw new AccessDeniedException("Показатели мониторинга недоступны для вашей роли");
        }
    }
}
