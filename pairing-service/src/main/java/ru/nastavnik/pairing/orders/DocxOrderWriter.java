package ru.nastavnik.pairing.orders;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The order as a Word document: A4 portrait, margins 30/15/20/20 mm, Times New Roman 14, the table in 12. */
final class DocxOrderWriter {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    private static final int LEFT = 1701;
    private static final int RIGHT = 850;
    private static final int TOP = 1134;
    private static final int BOTTOM = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    /**
     * Twips per column: 1.1, 3.5, 2, 3.3, 3.6 cm and the rest of the text width (3 cm), so that the longest header
     * word («наставничества», bold) and «по 31.05.2027» fit between the cell margins without a break.
     */
    private static final int[] COLUMNS = {624, 1985, 1134, 1871, 2041, TEXT_WIDTH - 624 - 1985 - 1134 - 1871 - 2041};
    private static final String FONT = "Times New Roman";
    private static final int SIZE = 14;
    private static final int TABLE_SIZE = 12;
    private static final int INDENT = 709;

    private DocxOrderWriter() {
    }

    static void write(OrderDraft draft, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            page(document);
            order(document, draft);
            appendix(document, draft);
            document.write(out);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void order(XWPFDocument document, OrderDraft draft) {
        if (OrderTexts.blankOrganisation(draft)) {
            paragraph(document, OrderTexts.BLANK_ORGANISATION, ParagraphAlignment.CENTER, false, 0);
            run(paragraph(document, ParagraphAlignment.CENTER, 240), OrderTexts.ORGANISATION_CAPTION, false, 10);
        } else {
            paragraph(document, OrderTexts.organisation(draft), ParagraphAlignment.CENTER, true, 240);
        }
        paragraph(document, OrderTexts.ORDER, ParagraphAlignment.CENTER, true, 240);

        XWPFParagraph dateLine = paragraph(document, ParagraphAlignment.LEFT, 240);
        CTTabStop tab = dateLine.getCTP().addNewPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
        XWPFRun run = run(dateLine, OrderTexts.date(draft), false, SIZE);
        run.addTab();
        run(dateLine, OrderTexts.number(draft), false, SIZE);

        paragraph(document, OrderTexts.TITLE, ParagraphAlignment.LEFT, true, 240);
        paragraph(document, OrderTexts.preamble(draft), ParagraphAlignment.BOTH, false, 120)
                .setIndentationFirstLine(INDENT);
        paragraph(document, OrderTexts.DIRECTIVE, ParagraphAlignment.LEFT, true, 120);
        for (String item : OrderTexts.items(draft)) {
            paragraph(document, item, ParagraphAlignment.BOTH, false, 0).setIndentationFirstLine(INDENT);
        }
        XWPFParagraph signature = paragraph(document, OrderTexts.SIGNATURE, ParagraphAlignment.LEFT, false, 0);
        signature.setSpacingBefore(720);
    }

    private static void appendix(XWPFDocument document, OrderDraft draft) {
        XWPFParagraph appendix = paragraph(document, OrderTexts.APPENDIX, ParagraphAlignment.RIGHT, false, 0);
        appendix.setPageBreak(true);
        paragraph(document, OrderTexts.appendixReference(draft), ParagraphAlignment.RIGHT, false, 240);
        paragraph(document, OrderTexts.appendixTitle(draft), ParagraphAlignment.CENTER, true, 240);

        List<OrderDraft.Row> rows = OrderTexts.sortedRows(draft);
        if (rows.isEmpty()) {
            paragraph(document, OrderTexts.NO_PAIRS, ParagraphAlignment.LEFT, false, 0);
            return;
        }
        XWPFTable table = document.createTable(rows.size() + 1, COLUMNS.length);
        layout(table);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < COLUMNS.length; column++) {
            cell(header.getCell(column), column, List.of(OrderTexts.HEADERS.get(column)), true);
        }
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i + 1);
            List<List<String>> cells = OrderTexts.cells(rows.get(i));
            for (int column = 0; column < COLUMNS.length; column++) {
                cell(row.getCell(column), column, cells.get(column), false);
            }
        }
    }

    private static void layout(XWPFTable table) {
        table.setWidth(Integer.toString(TEXT_WIDTH));
        table.setWidthType(TableWidthType.DXA);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        CTTblPr properties = table.getCTTbl().getTblPr() == null
                ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : COLUMNS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private static void cell(XWPFTableCell cell, int column, List<String> paragraphs, boolean header) {
        cell.setWidth(Integer.toString(COLUMNS[column]));
        cell.setWidthType(TableWidthType.DXA);
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setSpacingAfter(0);
            paragraph.setAlignment(header || column == 0 || column == 2
                    ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, paragraphs.get(i), header, TABLE_SIZE);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, ParagraphAlignment alignment,
                                           boolean bold, int spacingAfter) {
        XWPFParagraph paragraph = paragraph(document, alignment, spacingAfter);
        run(paragraph, text, bold, SIZE);
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, int spacingAfter) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }
}
