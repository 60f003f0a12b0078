package ru.nastavnik.pairing.orders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back glyph by glyph: the page's text as PDFTextStripper extracts it, and every glyph with its page and
 * place, so that the tests can ask what stands in which column of the table and whether anything leaves the page.
 */
final class PdfLayout {

    /** One glyph: its page (from 1), left x, right x, baseline from the page's top, text, size, page size. */
    record Glyph(int page, float x, float right, float baseline, String text, float size, float pageWidth,
                 float pageHeight) {
    }

    private final List<String> pages = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();

    PdfLayout(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(getCurrentPageNo(), text.getXDirAdj(),
                            text.getXDirAdj() + text.getWidthDirAdj(), text.getYDirAdj(), text.getUnicode(),
                            text.getFontSizeInPt(), text.getPageWidth(), text.getPageHeight()));
                    super.processTextPosition(text);
                }
            }.getText(document);
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** The page's text as PDFTextStripper extracts it, sorted by position. */
    String page(int page) {
        return pages.get(page - 1);
    }

    /** The whole document's text, whitespace collapsed to single spaces. */
    String text() {
        return String.join(" ", pages).replaceAll("\\s+", " ");
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    /** The table's glyphs of a page: from the first line of the header row (the line with «Наставляемый») down. */
    List<Glyph> tableGlyphs(int page) {
        Map<Float, List<Glyph>> lines = lines(glyphs.stream().filter(g -> g.page() == page).toList());
        Float header = lines.entrySet().stream()
                .filter(line -> lineText(line.getValue()).contains("Наставляемый"))
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (header == null) {
            return List.of();
        }
        return glyphs.stream().filter(g -> g.page() == page && g.baseline() >= header - 0.5f).toList();
    }

    /** The lines of text in one column of the table on a page, top to bottom, header lines included. */
    List<String> columnLines(int page, float[] edges, int column) {
        List<Glyph> inColumn = tableGlyphs(page).stream()
                .filter(g -> columnOf(g, edges) == column)
                .toList();
        return lines(inColumn).values().stream().map(PdfLayout::lineText).toList();
    }

    /** The column a glyph's centre lies in, or -1 outside the table. */
    static int columnOf(Glyph glyph, float[] edges) {
        float centre = (glyph.x() + glyph.right()) / 2;
        for (int i = 0; i + 1 < edges.length; i++) {
            if (centre >= edges[i] && centre < edges[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** Glyphs grouped by baseline (rounded to a tenth of a point), top to bottom. */
    private static Map<Float, List<Glyph>> lines(List<Glyph> glyphs) {
        return glyphs.stream().collect(Collectors.groupingBy(g -> Math.round(g.baseline() * 10) / 10f,
                TreeMap::new, Collectors.toList()));
    }

    private static String lineText(List<Glyph> line) {
        return line.stream().sorted(Comparator.comparing(Glyph::x)).map(Glyph::text).collect(Collectors.joining());
    }

    /** Without any whitespace: lines wrap at spaces and may lose or keep them. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
