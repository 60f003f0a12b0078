package ru.nastavnik.roadmap.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** PDFs with a text layer, written the way a school's export writes them, for the importer's tests. */
public final class PdfDocuments {

    private static final int LINES_A_PAGE = 50;

    private PdfDocuments() {
    }

    /** One list of lines a page. */
    public static byte[] pages(List<List<String>> pages) {
        try (PDDocument document = new PDDocument();
             InputStream fontFile = PdfDocuments.class
                     .getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(40, 750);
                    for (String line : lines) {
                        content.showText(line.replace("\t", "    "));
                        content.newLineAtOffset(0, -14);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text's non-blank lines laid out {@value #LINES_A_PAGE} to a page. */
    public static byte[] ofText(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        List<List<String>> pages = new java.util.ArrayList<>();
        for (int from = 0; from < lines.size(); from += LINES_A_PAGE) {
            pages.add(lines.subList(from, Math.min(lines.size(), from + LINES_A_PAGE)));
        }
        return pages(pages);
    }
}
