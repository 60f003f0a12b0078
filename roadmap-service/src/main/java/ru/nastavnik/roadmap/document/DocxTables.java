package ru.nastavnik.roadmap.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document as rows of cells, in the order of its body: a paragraph is a row of one cell, a table's row a row
 * of its cells. A cell merged across columns is followed by empty cells for the columns it covers, so the columns
 * stay where the header row put them; a cell merged down a stage is marked as such in the rows below it. Word's automatic numbering («1.», «1.1.», bullets) is written out, since a roadmap's action
 * numbers are often nothing but that numbering.
 */
final class DocxTables {

    /** No roadmap has more columns; a span beyond it is a broken or hostile file, not a table. */
    private static final int MOST_COLUMNS = 64;

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private DocxTables() {
    }

    static DocumentRows rows(byte[] file) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            DocxTables numbering = new DocxTables();
            List<List<String>> rows = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    String text = numbering.text(paragraph);
                    if (!text.isBlank()) {
                        rows.add(new ArrayList<>(List.of(DocumentText.clean(text))));
                    }
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        rows.add(numbering.cells(row));
                    }
                }
            }
            return new DocumentRows(rows, true);
        } catch (IOException | RuntimeException unreadable) { // POI's own faults on a damaged file included
            throw new UnreadableDocumentException("Файл не читается как документ Word (DOCX)");
        }
    }

    private List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            List<String> lines = new ArrayList<>();
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                lines.add(text(paragraph));
            }
            CTTcPr properties = cell.getCTTc().getTcPr();
            boolean continuesAbove = properties != null && properties.getVMerge() != null
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(continuesAbove ? DocumentRows.MERGED_WITH_ABOVE : DocumentText.clean(String.join("\n", lines)));
            int span = properties != null && properties.getGridSpan() != null
                    ? properties.getGridSpan().getVal().intValue() : 1;
            for (int covered = 1; covered < Math.min(span, MOST_COLUMNS); covered++) {
                cells.add("");
            }
        }
        return cells;
    }

    /**
     * The paragraph's text after its automatic number or bullet, as Word would show it — the number alone when the
     * paragraph has no text (a «№» cell holding nothing but Word's numbering). A level counts from its start value.
     */
    private String text(XWPFParagraph paragraph) {
        String text = paragraph.getText();
        BigInteger list = paragraph.getNumID();
        if (list == null) {
            return text;
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), 8);
        if ("bullet".equals(paragraph.getNumFmt())) {
            return text.isBlank() ? text : "• " + text;
        }
        int[] count = counters.computeIfAbsent(list, id -> new int[9]);
        count[level] = count[level] == 0 ? startOf(paragraph, level) : count[level] + 1;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String label = paragraph.getNumLevelText() == null ? "%" + (level + 1) + "." : paragraph.getNumLevelText();
        for (int shown = 0; shown <= level; shown++) {
            label = label.replace("%" + (shown + 1), Integer.toString(Math.max(count[shown], 1)));
        }
        return text.isBlank() ? label : label + " " + text;
    }

    /** The number a list level starts from (Word's «Начать с»), 1 unless the document says otherwise. */
    private static int startOf(XWPFParagraph paragraph, int level) {
        try {
            XWPFNumbering numbering = paragraph.getDocument().getNumbering();
            XWPFNum num = numbering == null ? null : numbering.getNum(paragraph.getNumID());
            XWPFAbstractNum abstractNum = num == null ? null
                    : numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum != null) {
                for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                    if (lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
                        return lvl.getStart().getVal().intValue();
                    }
                }
            }
        } catch (RuntimeException malformed) {
            return 1; // a numbering definition Word would not open either: count from 1
        }
        return 1;
    }
}
