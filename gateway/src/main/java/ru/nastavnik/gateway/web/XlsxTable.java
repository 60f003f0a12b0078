package ru.nastavnik.gateway.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A table a page shows, as the XLSX a person downloads: a bold header, numbers as numbers, widths that fit. */
final class XlsxTable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxTable() {
    }

    static byte[] of(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int column = 0; column < header.size(); column++) {
                head.createCell(column).setCellValue(header.get(column));
                head.getCell(column).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        row.createCell(column).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(column).setCellValue(value.toString());
                    }
                }
            }
            for (int column = 0; column < header.size(); column++) {
                sheet.setColumnWidth(column, Math.min(80, Math.max(12, widest(header, rows, column) + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static int widest(List<String> header, List<List<Object>> rows, int column) {
        int widest = header.get(column).length();
        for (List<Object> row : rows) {
            if (column < row.size() && row.get(column) != null) {
                widest = Math.max(widest, row.get(column).toString().length());
            }
        }
        return widest;
    }
}
