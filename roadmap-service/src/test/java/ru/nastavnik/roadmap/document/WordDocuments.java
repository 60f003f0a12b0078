package ru.nastavnik.roadmap.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word documents made the way Word makes them (real OOXML through Apache POI), for the importer's tests. */
public final class WordDocuments {

    private final XWPFDocument document = new XWPFDocument();
    private XWPFTable table;
    private BigInteger list;
    private int secondLevelStart = 1;

    /** Word's numbering of the second level («1.N.») starts at the given number, as «Начать с» sets it. */
    public WordDocuments secondLevelStartsAt(int start) {
        secondLevelStart = start;
        return this;
    }

    /**
     * A hand-checked expected result (seeds/NNN.expected.json) typed into a Word table as a school would have it:
     * the approving order and the title as paragraphs, a stage's heading merged across the table, a row an action.
     */
    public static WordDocuments ofExpected(com.fasterxml.jackson.databind.JsonNode expected) {
        WordDocuments word = new WordDocuments()
                .paragraph("УТВЕРЖДЕНА приказом директора от 01.09.2026 № 77")
                .paragraph("Дорожная карта программы наставничества на 2026/2027 учебный год")
                .table("№ п/п", "Наименование мероприятия", "Сроки", "Ответственные", "Результат");
        for (String[] row : ExpectedRoadmaps.tableRows(expected)) {
            if (row.length == 1) {
                word.mergedRow(row[0]);
            } else {
                word.row(row);
            }
        }
        return word;
    }

    public WordDocuments paragraph(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    /** A table whose first row holds the given headings. */
    public WordDocuments table(String... headings) {
        table = document.createTable(1, headings.length);
        for (int i = 0; i < headings.length; i++) {
            write(table.getRow(0).getCell(i), headings[i]);
        }
        return this;
    }

    /** A row with one cell merged across the whole table, as a stage's heading is. */
    public WordDocuments mergedRow(String text) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        write(row.getCell(0), text);
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns()));
        return this;
    }

    /** A row of cells; a null cell continues the cell above it (merged down), lines inside a cell split on '\n'. */
    public WordDocuments row(String... cells) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            if (cells[i] == null) {
                cell.getCTTc().addNewTcPr().addNewVMerge();
                XWPFTableCell above = table.getRow(table.getRows().size() - 2).getCell(i);
                if (above.getCTTc().getTcPr() == null || above.getCTTc().getTcPr().getVMerge() == null) {
                    above.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                }
            } else {
                write(cell, cells[i]);
            }
        }
        return this;
    }

    /** A row whose first cell carries Word's automatic number at the level given (0: «1.», 1: «1.1.»). */
    public WordDocuments autoNumberedRow(int level, String... cells) {
        row(cells);
        XWPFParagraph first = table.getRow(table.getRows().size() - 1).getCell(0).getParagraphs().getFirst();
        first.setNumID(numbering());
        first.setNumILvl(BigInteger.valueOf(level));
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int columns() {
        return table.getRow(0).getTableCells().size();
    }

    private BigInteger numbering() {
        if (list == null) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            for (int level = 0; level < 2; level++) {
                CTLvl lvl = abstractNum.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.valueOf(level == 0 ? 1 : secondLevelStart));
                lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal(level == 0 ? "%1." : "%1.%2.");
            }
            XWPFNumbering numbering = document.createNumbering();
            list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }
        return list;
    }

    private static void write(XWPFTableCell cell, String text) {
        List<String> lines = List.of(text.split("\n", -1));
        cell.getParagraphs().getFirst().createRun().setText(lines.getFirst());
        for (String line : lines.subList(1, lines.size())) {
            cell.addParagraph().createRun().setText(line);
        }
    }
}
