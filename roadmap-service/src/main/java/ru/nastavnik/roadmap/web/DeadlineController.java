package ru.nastavnik.roadmap.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.roadmap.api.DeadlinePreview;
import ru.nastavnik.roadmap.deadline.DeadlineInterpretation;
import ru.nastavnik.roadmap.deadline.DeadlineParser;
import ru.nastavnik.roadmap.deadline.RoadmapPeriod;

/** The editor's inline feedback: how a deadline will be read, before the action is saved. */
@RestController
@Tag(name = "Дорожные карты")
class DeadlineController {

    private final DeadlineParser parser = new DeadlineParser();

    @GetMapping("/api/roadmaps/deadlines/interpretation")
    @Operation(summary = "Как платформа поймёт срок: вид, даты в периоде дорожной карты, предупреждения")
    DeadlinePreview interpret(Caller caller, @RequestParam String text, @RequestParam String schoolYear) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MUNICIPAL_OFFICER);
        if (text.length() > 300) {
            throw new IllegalArgumentException("Срок длиннее 300 символов");
        }
        DeadlineInterpretation reading = parser.interpret(text, RoadmapPeriod.parse(schoolYear));
        return new DeadlinePreview(reading.text(), reading.kind().name(), reading.kind().title(), reading.dueDates(),
                reading.conditional(), reading.relativeDays(), reading.explanation(), reading.warnings(),
                reading.suggestion());
    }
}
