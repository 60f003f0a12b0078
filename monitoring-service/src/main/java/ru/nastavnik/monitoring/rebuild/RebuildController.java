package ru.nastavnik.monitoring.rebuild;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;

/**
 * Rebuilding monitoring's read models from the topics: the platform administrator or the regional analyst starts
 * one and follows it. The whole service's models are rebuilt at once, for every municipality: nobody else may.
 */
@RestController
@RequestMapping("/api/monitoring/rebuilds")
@Tag(name = "Перестройка показателей из событий")
class RebuildController {

    private static final int RECENT = 10;

    private final ReadModelRebuild rebuild;
    private final RebuildRuns runs;

    RebuildController(ReadModelRebuild rebuild, RebuildRuns runs) {
        this.rebuild = rebuild;
        this.runs = runs;
    }

    @PostMapping
    @Operation(summary = "Перестроить все данные мониторинга из событий с самого начала; показатели недоступны, "
            + "пока она идёт; вторая одновременно — 409")
    ResponseEntity<RebuildView> start(Caller caller) {
        requireRebuilder(caller);
        RebuildView started = rebuild.start(caller.mainRole());
        return ResponseEntity.accepted().location(URI.create("/api/monitoring/rebuilds/" + started.id()))
                .body(started);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Ход перестройки: прочитано событий из скольких, процент, событий в секунду")
    RebuildView one(Caller caller, @PathVariable String id) {
        requireRebuilder(caller);
        UUID runId;
        try {
            runId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("Перестройка не найдена");
        }
        return runs.find(runId).orElseThrow(() -> new NotFoundException("Перестройка не найдена"));
    }

    @GetMapping
    @Operation(summary = "Последние перестройки, новые первыми")
    List<RebuildView> recent(Caller caller) {
        requireRebuilder(caller);
        return runs.recent(RECENT);
    }

    private static void requireRebuilder(Caller caller) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN, Caller.REGIONAL_ANALYST);
    }
}
