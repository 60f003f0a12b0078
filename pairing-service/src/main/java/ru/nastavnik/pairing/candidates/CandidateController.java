package ru.nastavnik.pairing.candidates;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/** The candidates pairing knows for the school: what the board needs beside the names the school's page adds. */
@RestController
@RequestMapping("/api/pairing/candidates")
@Tag(name = "Кандидаты для подбора")
class CandidateController {

    private final CandidateDirectory directory;

    CandidateController(CandidateDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Наставники или наставляемые организации (role=MENTOR|MENTEE), как их знает подбор: "
            + "категория, класс, запросы и компетенции кодами, отбор, обучение, нагрузка")
    List<Candidate> list(Caller caller, @RequestParam String role) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        if (!"MENTOR".equals(role) && !"MENTEE".equals(role)) {
            throw BrokenRule.invalid("role", "role — MENTOR или MENTEE");
        }
        return directory.ofSchool(caller.requireSchool(), role);
    }
}
