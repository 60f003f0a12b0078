package ru.nastavnik.roadmap.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.api.ExecutionReport;

/** The execution report as a PDF справка in Russian, A4, sections as tables that flow across pages. */
@Component
public class PdfReportWriter {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 40;
    private static final float[] COLUMNS = {30, 205, 62, 92, 126};
    private static final String[] HEADERS = {"№", "Мероприятие", "Срок", "Состояние", "Документ"};
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;

    public void write(ExecutionReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new Layout(document).render(report);
            document.save(out);
        }
    }

    /** A cursor down the page that starts a new page when the next block does not fit. */
    private static final class Layout {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document) throws IOException {
            this.document = document;
            this.regular = font(document, "DejaVuSans.ttf");
            this.bold = font(document, "DejaVuSans-Bold.ttf");
        }

        private static PDType0Font font(PDDocument document, String file) throws IOException {
            try (InputStream in = PdfReportWriter.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IOException("Font " + file + " is not on the classpath");
                }
                return PDType0Font.load(document, in);
            }
        }

        void render(ExecutionReport report) throws IOException {
            newPage();
            paragraph("СПРАВКА", bold, 14, 0);
            paragraph("об исполнении дорожной карты «" + report.roadmap().title() + "»", bold, 11, 0);
            paragraph(ReportTexts.owner(report) + orderText(report) + ".", regular, 10, 0);
            paragraph(ReportTexts.period(report) + ". Сформирована " + ReportTexts.date(report.today()) + ".",
                    regular, 10, 6);
            for (ExecutionReport.Section section : report.sections()) {
                ensure(LEADING * 4);
                paragraph(section.name(), bold, 10, 2);
                row(HEADERS, bold);
                for (ExecutionReport.Line line : section.lines()) {
                    row(new String[] {line.number(), line.title(), ReportTexts.date(line.dueDate()),
                            ReportTexts.state(line.state()), line.evidence()}, regular);
                }
                y -= 6;
            }
            if (report.sections().isEmpty()) {
                paragraph("В этом периоде у дорожной карты нет сроков.", regular, 10, 6);
            }
            ensure(LEADING * 9);
            paragraph("Итого", bold, 10, 2);
            for (String state : ReportTexts.STATES) {
                paragraph(ReportTexts.state(state) + ": " + report.totals().getOrDefault(state, 0), regular, 10, 0);
            }
            paragraph("Доля выполненных в срок: " + ReportTexts.share(report), bold, 10, 2);
            paragraph(report.formula(), regular, 8, 0);
            content.close();
        }

        private static String orderText(ExecutionReport report) {
            return report.roadmap().orderNumber() == null ? "" : ". Утверждена приказом № "
                    + report.roadmap().orderNumber() + " от " + ReportTexts.date(report.roadmap().orderDate());
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void paragraph(String text, PDType0Font font, float size, float spaceAfter) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (String line : wrap(text, font, size, width)) {
                ensure(size + 3);
                write(line, font, size, MARGIN, y - size);
                y -= size + 3;
            }
            y -= spaceAfter;
        }

        private void row(String[] cells, PDType0Font font) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.length; i++) {
                List<String> cell = wrap(cells[i] == null ? "" : cells[i], font, SIZE, COLUMNS[i] - 4);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * LEADING + 3;
            ensure(height);
            float x = MARGIN;
            for (int i = 0; i < cells.length; i++) {
                float lineY = y - SIZE;
                for (String text : wrapped.get(i)) {
                    write(text, font, SIZE, x + 2, lineY);
                    lineY -= LEADING;
                }
                x += COLUMNS[i];
            }
            y -= height;
            content.setLineWidth(0.3f);
            content.moveTo(MARGIN, y + 1);
            content.lineTo(x, y + 1);
            content.stroke();
        }

        private void write(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.replace('\n', ' ').replace('\t', ' ').split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
