package ru.nastavnik.monitoring.feed;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.monitoring.snapshots.Quarter;
import ru.nastavnik.platform.security.Caller;

/**
 * The regional feed over REST: the approved snapshots of a quarter (and their restatements), aggregates only, counts
 * of people under five suppressed. The region reads all of it; a department its municipality and its schools.
 */
@RestController
@RequestMapping("/api/monitoring/feed")
@Tag(name = "Региональная выгрузка показателей")
class FeedController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** The JSON answer: the quarter, its period and the approved snapshots. */
    record Feed(String quarter, java.time.LocalDate periodStart, java.time.LocalDate periodEnd,
                List<FeedSnapshot> snapshots) {
    }

    private final FeedReader reader;

    FeedController(FeedReader reader) {
        this.reader = reader;
    }

    @GetMapping
    @Operation(summary = "Утверждённые квартальные снимки (и их пересчёты) для региона или муниципалитета: "
            + "format=json, csv или xlsx; численность менее 5 человек скрыта")
    ResponseEntity<?> feed(Caller caller, @RequestParam String quarter,
                           @RequestParam(required = false, defaultValue = "json") String format) {
        Quarter parsed = Quarter.parse(quarter);
        if (!List.of("json", "csv", "xlsx").contains(format)) {
            throw new IllegalArgumentException("Формат выгрузки (format): json, csv или xlsx");
        }
        List<FeedSnapshot> feed;
        if (caller.hasRole(Caller.REGIONAL_ANALYST) && caller.regionId() != null) {
            feed = reader.read(parsed, null, caller.regionId());
        } else if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            feed = reader.read(parsed, caller.requireMunicipality(), null);
        } else {
            throw new AccessDeniedException("Выгрузка показателей доступна региону и управлению образования");
        }
        String fileName = "monitoring-feed-" + parsed;
        return switch (format) {
            case "csv" -> file(FeedDocuments.csv(feed), CSV, fileName + ".csv");
            case "xlsx" -> file(FeedDocuments.xlsx(feed), XLSX, fileName + ".xlsx");
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(new Feed(parsed.toString(), parsed.firstDay(), parsed.lastDay(), feed));
        };
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(content);
    }
}
