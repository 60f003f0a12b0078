package ru.nastavnik.roadmap.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;
import ru.nastavnik.roadmap.api.ExecutionReport;
import ru.nastavnik.roadmap.query.FindExecutionReportQuery;
import ru.nastavnik.roadmap.report.PdfReportWriter;
import ru.nastavnik.roadmap.report.XlsxReportWriter;

/** The execution report of a roadmap for a period: JSON, XLSX, or a PDF справка. */
@RestController
@RequestMapping("/api/roadmaps/{roadmapId}/report")
@Tag(name = "Исполнение дорожных карт")
class ReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QueryGateway queries;
    private final Clock clock;
    private final XlsxReportWriter xlsx;
    private final PdfReportWriter pdf;

    ReportController(QueryGateway queries, Clock clock, XlsxReportWriter xlsx, PdfReportWriter pdf) {
        this.queries = queries;
        this.clock = clock;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GetMapping
    @Operation(summary = "Отчёт об исполнении за период, по разделам (JSON)")
    ExecutionReport report(Caller caller, @PathVariable String roadmapId,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return build(caller, roadmapId, from, to);
    }

    @GetMapping("/xlsx")
    @Operation(summary = "Отчёт об исполнении за период в XLSX")
    ResponseEntity<byte[]> reportXlsx(Caller caller, @PathVariable String roadmapId,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws IOException {
        return download(build(caller, roadmapId, from, to), xlsx::write, XLSX,
                "otchet-ispolnenie-" + from + "-" + to + ".xlsx");
    }

    @GetMapping("/pdf")
    @Operation(summary = "Справка об исполнении за период в PDF")
    ResponseEntity<byte[]> reportPdf(Caller caller, @PathVariable String roadmapId,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws IOException {
        return download(build(caller, roadmapId, from, to), pdf::write, MediaType.APPLICATION_PDF,
                "spravka-ispolnenie-" + from + "-" + to + ".pdf");
    }

    private ExecutionReport build(Caller caller, String roadmapId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Конец периода раньше его начала");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new IllegalArgumentException("Период отчёта не может быть длиннее пяти лет");
        }
        ExecutionReport report = queries.query(new FindExecutionReportQuery(roadmapId, from, to, LocalDate.now(clock)),
                        ResponseTypes.optionalInstanceOf(ExecutionReport.class)).join()
                .filter(found -> RoadmapAccess.canRead(caller, found.roadmap()))
                .orElseThrow(() -> new NotFoundException("Дорожная карта не найдена"));
        String status = report.roadmap().status();
        if (!status.equals("IN_EXECUTION") && !status.equals("CLOSED")) {
            throw RuleViolationException.conflict("roadmap-not-adopted",
                    "Отчёт об исполнении доступен для утверждённой дорожной карты");
        }
        return report;
    }

    /** A report format: the same report written as a spreadsheet or as a document. */
    private interface ReportFormat {
        void write(ExecutionReport report, OutputStream out) throws IOException;
    }

    private static ResponseEntity<byte[]> download(ExecutionReport report, ReportFormat format, MediaType type,
                                                   String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report, out);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }
}
