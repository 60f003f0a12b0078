package ru.nastavnik.monitoring.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.monitoring.definitions.DefinitionVisibility;
import ru.nastavnik.monitoring.definitions.IndicatorDefinition;
import ru.nastavnik.monitoring.definitions.IndicatorDefinitions;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;

@RestController
@RequestMapping("/api/monitoring/indicators")
@Tag(name = "Показатели мониторинга")
class IndicatorController {

    private final IndicatorAccess access;
    private final IndicatorDefinitions definitions;
    private final IndicatorCalculator calculator;

    IndicatorController(IndicatorAccess access, IndicatorDefinitions definitions, IndicatorCalculator calculator) {
        this.access = access;
        this.definitions = definitions;
        this.calculator = calculator;
    }

    @GetMapping
    @Operation(summary = "Целевые показатели организации, муниципалитета или региона на дату, с формулами")
    List<IndicatorFigure> indicators(Caller caller, @RequestParam(required = false) String level,
                                     @RequestParam(required = false) String unit,
                                     @RequestParam(required = false) String asOf) {
        IndicatorScope scope = access.resolve(caller, level, unit, asOf);
        return calculator.compute(definitions.current(scope.definitionsOf()), scope.schoolIds(), scope.asOf());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Один показатель на дату; version — по определённой версии его формулы")
    IndicatorFigure indicator(Caller caller, @PathVariable String code, @RequestParam(required = false) String level,
                              @RequestParam(required = false) String unit,
                              @RequestParam(required = false) String asOf,
                              @RequestParam(required = false) String version) {
        IndicatorScope scope = access.resolve(caller, level, unit, asOf);
        IndicatorDefinition definition = definition(caller, code, version, scope);
        return calculator.compute(List.of(definition), scope.schoolIds(), scope.asOf()).get(0);
    }

    @GetMapping("/{code}/breakdown")
    @Operation(summary = "Показатель муниципалитета по его организациям или региона по муниципалитетам")
    Breakdown breakdown(Caller caller, @PathVariable String code, @RequestParam(required = false) String level,
                        @RequestParam(required = false) String unit, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String version) {
        IndicatorScope scope = access.resolve(caller, level, unit, asOf);
        if (scope.level() == Level.SCHOOL) {
            throw new IllegalArgumentException("Разбивка строится для уровней MUNICIPALITY (по организациям) и "
                    + "REGION (по муниципалитетам)");
        }
        IndicatorDefinition definition = definition(caller, code, version, scope);
        boolean bySchool = scope.level() == Level.MUNICIPALITY;
        Map<String, String> groupOf = new LinkedHashMap<>();
        scope.schools().forEach(school -> groupOf.put(school.schoolId(),
                bySchool ? school.schoolId() : school.municipalityId()));
        List<UnitFigure> units = calculator.computeGrouped(definition, groupOf, scope.asOf()).entrySet().stream()
                .map(entry -> new UnitFigure(entry.getKey(), entry.getValue().numerator(),
                        entry.getValue().denominator(), entry.getValue().value()))
                .toList();
        IndicatorFigure total = calculator.compute(List.of(definition), scope.schoolIds(), scope.asOf()).get(0);
        return new Breakdown(scope.level().name(), scope.unit(), scope.asOf(), bySchool ? "SCHOOL" : "MUNICIPALITY",
                total, units);
    }

    private IndicatorDefinition definition(Caller caller, String code, String versionText, IndicatorScope scope) {
        if (versionText == null || versionText.isBlank()) {
            return definitions.current(code, scope.definitionsOf())
                    .orElseThrow(() -> new NotFoundException("Показатель не найден"));
        }
        int version = DefinitionVisibility.parseVersion(versionText);
        return definitions.version(code, version).filter(found -> DefinitionVisibility.visible(caller, found))
                .orElseThrow(() -> new NotFoundException("Версия " + version + " показателя не найдена"));
    }
}
