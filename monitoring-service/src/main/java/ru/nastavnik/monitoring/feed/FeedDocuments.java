package ru.nastavnik.monitoring.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.nastavnik.contracts.monitoring.FeedFigure;

/**
 * The feed as files: one line per unit and indicator. CSV (RFC 4180, UTF-8, comma, the JSON fields' names as
 * headers) for machines; XLSX with Russian headers for people. A suppressed figure has empty numbers and is marked.
 */
final class FeedDocuments {

    static final List<String> CSV_HEADERS = List.of("quarter", "level", "unitId", "municipalityId", "regionId",
            "version", "status", "code", "definitionVersion", "name", "unit", "numerator", "denominator", "value",
            "suppressed", "previousValue", "difference");

    static final List<String> XLSX_HEADERS = List.of("Квартал", "Уровень", "Организация / территория",
            "Муниципалитет", "Регион", "Версия снимка", "Статус", "Код показателя", "Версия формулы", "Показатель",
            "Единица", "Числитель", "Знаменатель", "Значение", "Скрыто (менее 5 человек)", "Прежнее значение",
            "Разница");

    private FeedDocuments() {
    }

    static byte[] csv(List<FeedSnapshot> feed) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADERS)).append("\r\n");
        for (List<Object> line : lines(feed)) {
            List<String> cells = new ArrayList<>();
            line.forEach(cell -> cells.add(csvCell(cell)));
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<FeedSnapshot> feed) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Показатели");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < XLSX_HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(XLSX_HEADERS.get(i));
                cell.setCellStyle(bold);
            }
            int rowNumber = 1;
            for (List<Object> line : lines(feed)) {
                Row row = sheet.createRow(rowNumber++);
                for (int i = 0; i < line.size(); i++) {
                    Object value = line.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (value) {
                        case Boolean flag -> cell.setCellValue(flag ? "да" : "нет");
                        case Number number -> cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < XLSX_HEADERS.size(); i++) {
                sheet.setColumnWidth(i, i == 9 ? 60 * 256 : 18 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of each line, in the order of the headers; null for an empty cell. */
    private static List<List<Object>> lines(List<FeedSnapshot> feed) {
        List<List<Object>> lines = new ArrayList<>();
        for (FeedSnapshot snapshot : feed) {
            for (FeedFigure figure : snapshot.figures()) {
                List<Object> line = new ArrayList<>();
                line.add(snapshot.quarter());
                line.add(snapshot.level());
                line.add(snapshot.unitId());
                line.add(snapshot.municipalityId());
                line.add(snapshot.regionId());
                line.add(snapshot.version());
                line.add(snapshot.status());
                line.add(figure.code());
                line.add(figure.definitionVersion());
                line.add(figure.name());
                line.add(figure.unit());
                line.add(figure.numerator());
                line.add(figure.denominator());
                line.add(figure.value());
                line.add(figure.suppressed());
                line.add(figure.previousValue());
                line.add(figure.difference());
                lines.add(line);
            }
        }
        return lines;
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
