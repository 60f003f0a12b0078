package ru.nastavnik.pairing.orders;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;

/**
 * The order that fixes pairs: its draft as DOCX or PDF (the curator and the head), and its issue by the head, from
 * which the pairs are active.
 */
@RestController
@RequestMapping("/api/pairing/orders")
@Tag(name = "Приказ о закреплении наставнических пар (групп)")
class OrderController {

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    record IssueRequest(@NotNull(message = "укажите номер приказа") @Size(max = 50) String number,
                        @NotNull(message = "укажите дату приказа") LocalDate issuedOn,
                        @NotEmpty(message = "выберите пары") @Size(max = 500) List<@Size(max = 64) String> pairIds) {
    }

    /** @param names participant id → name, from the school's own bases; never stored */
    record OrderDraftRequest(@NotEmpty(message = "выберите пары") @Size(max = 500) List<@Size(max = 64) String> pairIds,
                        @Pattern(regexp = "DOCX|PDF", message = "DOCX или PDF") String format,
                        @Size(max = 300) String organisationName, @Size(max = 50) String number, LocalDate issuedOn,
                        @Size(max = 2000) Map<@Size(max = 64) String, @Size(max = 300) String> names) {
    }

    record Issued(String orderId, int pairs) {
    }

    @GetMapping
    @Operation(summary = "Приказы организации о закреплении пар")
    List<OrderService.OrderView> list(Caller caller) {
        return orders.ofSchool(staff(caller));
    }

    @PostMapping
    @Operation(summary = "Издать приказ: пары и группы закреплены с даты приказа (только руководитель)")
    ResponseEntity<Issued> issue(Caller caller, @Valid @RequestBody IssueRequest request) {
        caller.requireAnyRole(Caller.SCHOOL_HEAD);
        String schoolId = caller.requireSchool();
        String orderId = orders.issue(schoolId, caller.requireMunicipality(), request.number(), request.issuedOn(),
                request.pairIds());
        return ResponseEntity.created(URI.create("/api/pairing/orders/" + orderId))
                .body(new Issued(orderId, request.pairIds().size()));
    }

    @PostMapping("/draft")
    @Operation(summary = "Проект приказа «О закреплении наставнических пар (групп)» в DOCX или PDF: таблица пар "
            + "и групп с формой и сроком; имена — только переданные школой в запросе")
    ResponseEntity<byte[]> draft(Caller caller, @Valid @RequestBody OrderDraftRequest request) {
        String schoolId = staff(caller);
        boolean pdf = "PDF".equals(request.format());
        byte[] document = orders.draft(schoolId, request.pairIds(), pdf ? "PDF" : "DOCX", request.organisationName(),
                request.number(), request.issuedOn(), request.names() == null ? Map.of() : request.names());
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Приказ о закреплении пар." + (pdf ? "pdf" : "docx"), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(document);
    }

    private static String staff(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return caller.requireSchool();
    }
}
