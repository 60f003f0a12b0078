package ru.nastavnik.roadmap.report;

import java.io.IOException;
import java.io.OutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.api.ExecutionReport;

/** The execution report as a spreadsheet: one row per due date, by section, totals below. */
@Component
public class XlsxReportWriter {

    public void write(ExecutionReport report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Nastavnik", "1.0");
        Worksheet sheet = workbook.newWorksheet("Исполнение");
        int row = 0;
        sheet.value(row, 0, "Отчёт об исполнении дорожной карты");
        sheet.style(row, 0).bold().fontSize(14).set();
        sheet.value(++row, 0, report.roadmap().title());
        sheet.value(++row, 0, ReportTexts.owner(report));
        sheet.value(++row, 0, ReportTexts.period(report) + "; сформирован " + ReportTexts.date(report.today()));
        row += 2;
        String[] headers = {"Раздел", "№", "Мероприятие", "Срок (как в карте)", "Дата срока", "Состояние", "Документ"};
        for (int column = 0; column < headers.length; column++) {
            sheet.value(row, column, headers[column]);
        }
        sheet.range(row, 0, row, headers.length - 1).style().bold().fillColor("DCE6FF").set();
        for (ExecutionReport.Section section : report.sections()) {
            for (ExecutionReport.Line line : section.lines()) {
                row++;
                sheet.value(row, 0, section.name());
                sheet.value(row, 1, line.number());
                sheet.value(row, 2, line.title());
                sheet.value(row, 3, line.deadline());
                sheet.value(row, 4, line.dueDate());
                sheet.style(row, 4).format("dd.mm.yyyy").set();
                sheet.value(row, 5, ReportTexts.state(line.state()));
                sheet.value(row, 6, line.evidence());
            }
        }
        row += 2;
        sheet.value(row, 0, "Итого по состояниям");
        sheet.style(row, 0).bold().set();
        for (String state : ReportTexts.STATES) {
            sheet.value(++row, 0, ReportTexts.state(state));
            sheet.value(row, 1, report.totals().getOrDefault(state, 0));
        }
        sheet.value(++row, 0, "Доля выполненных в срок");
        if (report.onTimeShare() == null) {
            sheet.value(row, 1, "—");
        } else {
            sheet.value(row, 1, report.onTimeShare());
            sheet.style(row, 1).format("0%").set();
        }
        sheet.value(++row, 0, report.formula());
        double[] widths = {42, 8, 60, 28, 14, 24, 40};
        for (int column = 0; column < widths.length; column++) {
            sheet.width(column, widths[column]);
        }
        workbook.finish();
    }
}
