package ru.nastavnik.registry.enrolment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import ru.nastavnik.platform.text.UploadedText;

/**
 * The rows of a spreadsheet as text, whatever the school saved it as: XLSX (first sheet), or CSV in UTF-8 or
 * Windows-1251 with «;» or «,» between the cells, quotes as Excel writes them.
 */
public final class Spreadsheet {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Spreadsheet() {
    }

    public static List<List<String>> read(byte[] file) {
        if (file.length >= 4 && file[0] == ZIP[0] && file[1] == ZIP[1] && file[2] == ZIP[2] && file[3] == ZIP[3]) {
            return xlsx(file);
        }
        return csv(UploadedText.decode(file));
    }

    private static List<List<String>> xlsx(byte[] file) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of()); // keep line numbers as the school sees them
                }
                rows.add(cells);
            });
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("Файл не читается как таблица Excel (XLSX): сохраните его заново "
                    + "в Excel или выгрузите в CSV");
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText() == null ? "" : cell.getText().strip();
    }

    /** Excel's CSV: a quoted cell may hold the separator, line breaks and doubled quotes. */
    static List<List<String>> csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString().strip());
            rows.add(row);
        }
        return rows;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
