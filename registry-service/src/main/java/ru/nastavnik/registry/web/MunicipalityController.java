package ru.nastavnik.registry.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;

/**
 * Municipalities by name: reference data the region's administrator keeps, so that the department's and the
 * region's pages say «Сеченовский муниципальный округ», not «mun-1». Not a person's data: a plain table.
 */
@RestController
@RequestMapping("/api/registry/municipalities")
@Tag(name = "Муниципальные образования")
class MunicipalityController {

    private final JdbcClient jdbc;

    MunicipalityController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Municipality(String id, String regionId, String name) {
    }

    record NameRequest(@NotBlank(message = "укажите название") @Size(max = 200) String name) {
    }

    @GetMapping
    @Operation(summary = "Муниципалитеты: управлению — свой, региону и администратору — все муниципалитеты региона")
    List<Municipality> list(Caller caller) {
        if (caller.hasRole(Caller.MUNICIPAL_OFFICER)) {
            return jdbc.sql("SELECT * FROM municipality WHERE id = ?").param(caller.requireMunicipality())
                    .query(Municipality.class).list();
        }
        caller.requireAnyRole(Caller.REGIONAL_ANALYST, Caller.PLATFORM_ADMIN);
        return jdbc.sql("SELECT * FROM municipality WHERE region_id = ? ORDER BY name").param(caller.regionId())
                .query(Municipality.class).list();
    }

    @PutMapping("/{municipalityId}")
    @Operation(summary = "Назвать муниципалитет своего региона (администратор платформы); повтор переименовывает")
    @Transactional
    Municipality name(Caller caller, @PathVariable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
            message = "код муниципалитета: латинские буквы, цифры, точка, дефис, подчёркивание") String municipalityId,
                      @Valid @RequestBody NameRequest request) {
        caller.requireAnyRole(Caller.PLATFORM_ADMIN);
        if (caller.regionId() == null || caller.regionId().isBlank()) {
            throw new NotFoundException("Регион не указан в учётной записи");
        }
        int taken = jdbc.sql("SELECT count(*) FROM municipality WHERE id = ? AND region_id <> ?")
                .params(municipalityId, caller.regionId()).query(Integer.class).single();
        if (taken > 0) {
            throw new NotFoundException("Муниципалитет не найден");
        }
        jdbc.sql("""
                        INSERT INTO municipality (id, region_id, name) VALUES (?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name""")
                .params(municipalityId, caller.regionId(), request.name().strip()).update();
        return new Municipality(municipalityId, caller.regionId(), request.name().strip());
    }
}
