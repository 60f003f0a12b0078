package ru.nastavnik.pairing.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/** The school's programme: the forms chosen for the year and the matching settings. The school's staff only. */
@RestController
@RequestMapping("/api/pairing/programme")
@Tag(name = "Программа наставничества организации")
class ProgrammeController {

    private final CommandGateway commands;
    private final Programmes programmes;
    private final Clock clock;

    ProgrammeController(CommandGateway commands, Programmes programmes, Clock clock) {
        this.commands = commands;
        this.programmes = programmes;
        this.clock = clock;
    }

    record ProgrammeView(String schoolYear, Programmes.YearChoice choice, ProgrammeSettings settings) {
    }

    record FormsRequest(@NotNull(message = "укажите учебный год, например 2026/2027") String schoolYear,
                        @NotNull(message = "выберите формы наставничества") Set<@Size(max = 60) String> forms,
                        @NotNull(message = "укажите дату выбора модели") LocalDate chosenOn) {
    }

    @GetMapping
    @Operation(summary = "Программа организации на учебный год (по умолчанию — текущий): выбранные формы и настройки подбора")
    ProgrammeView programme(Caller caller, @RequestParam(required = false) String schoolYear) {
        String schoolId = staffSchool(caller);
        String year = schoolYear == null ? Programmes.schoolYearOf(LocalDate.now(clock)) : schoolYear;
        return new ProgrammeView(year, programmes.choiceOf(schoolId, year).orElse(null),
                programmes.settingsOf(schoolId));
    }

    @PutMapping("/forms")
    @Operation(summary = "Выбрать формы наставничества на учебный год: с этой даты идут две недели на закрепление пар")
    ProgrammeView chooseForms(Caller caller, @Valid @RequestBody FormsRequest request) {
        String schoolId = staffSchool(caller);
        Set<MentoringForm> forms = request.forms().stream().map(form -> MentoringForm.of(form).orElseThrow(() ->
                BrokenRule.invalid("form-unknown", "Неизвестная форма наставничества: " + form)))
                .collect(Collectors.toSet());
        commands.sendAndWait(new ChooseProgrammeFormsCommand(schoolId, caller.requireMunicipality(),
                request.schoolYear(), forms, request.chosenOn(), LocalDate.now(clock)));
        return programme(caller, request.schoolYear());
    }

    @PutMapping("/settings")
    @Operation(summary = "Настройки подбора: веса критериев, только обученные наставники, цель, групповые формы, "
            + "через сколько недель без встреч пара считается остановившейся")
    ProgrammeView configure(Caller caller, @Valid @RequestBody ProgrammeSettings settings) {
        String schoolId = staffSchool(caller);
        commands.sendAndWait(new ConfigureProgrammeCommand(schoolId, caller.requireMunicipality(), settings));
        return programme(caller, null);
    }

    private static String staffSchool(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return caller.requireSchool();
    }
}
