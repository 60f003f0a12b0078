package ru.nastavnik.registry.enrolment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import ru.nastavnik.edge.ControlCharacters;
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
    /** Far above any school's base; a sheet past it is refused before it can fill the memory. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_CELLS_PER_ROW = 500;
    /** What an XLSX may inflate to: a 5 MB upload can hide gigabytes of repeated text (a zip bomb). */
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_ENTRY_BYTES = 30L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

    private Spreadsheet() {
    }

    /** The rows; a control character in a cell (a NUL, a form feed — never meant by a person) is dropped. */
    public static List<List<String>> read(byte[] file) {
        return readRaw(file).stream().map(row -> row.stream().map(Spreadsheet::printable).toList()).toList();
    }

    private static String printable(String cell) {
        return ControlCharacters.firstForbidden(cell) < 0 ? cell : cell.codePoints()
                .filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                .filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<List<String>> readRaw(byte[] file) {
        if (file.length >= 4 && file[0] == ZIP[0] && file[1] == ZIP[1] && file[2] == ZIP[2] && file[3] == ZIP[3]) {
            return xlsx(file);
        }
        return csv(UploadedText.decode(file));
    }

    private static List<List<String>> xlsx(byte[] file) {
        requireBoundedInflation(file);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                if (row.getRowNum() > MAX_ROWS || row.getCellCount() > MAX_CELLS_PER_ROW) {
                    throw new TooLarge("В таблице больше " + MAX_ROWS + " строк или " + MAX_CELLS_PER_ROW
                            + " столбцов: разделите её на части");
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of()); // keep line numbers as the school sees them
                }
                rows.add(cells);
            });
        } catch (TooLarge tooLarge) {
            throw new IllegalArgumentException(tooLarge.getMessage());
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException(NOT_XLSX);
        }
        return rows;
    }

    /**
     * Reads every entry the way the XLSX reader will (through the central directory) and counts the bytes each
     * really inflates to, stopping at the first bound crossed: nothing is kept, so the check itself needs no memory.
     */
    static void requireBoundedInflation(byte[] file) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(new SeekableInMemoryByteChannel(file))) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalArgumentException(UNPACKS_TOO_LARGE);
                }
                long limit = entry.getName().endsWith("sharedStrings.xml") ? MAX_SHARED_STRINGS_BYTES : MAX_ENTRY_BYTES;
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        size += read;
                        total += read;
                        if (size > limit || total > MAX_TOTAL_BYTES) {
                            throw new IllegalArgumentException(UNPACKS_TOO_LARGE);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof IllegalArgumentException tooLarge && UNPACKS_TOO_LARGE.equals(tooLarge.getMessage())) {
                throw tooLarge;
            }
            throw new IllegalArgumentException(NOT_XLSX);
        }
    }

    private static final String UNPACKS_TOO_LARGE = "Файл XLSX после распаковки слишком велик (больше "
            + MAX_TOTAL_BYTES / 1024 / 1024 + " МБ): такой таблицы базы не бывает. Сохраните лист заново или выгрузите в CSV";
    private static final String NOT_XLSX = "Файл не читается как таблица Excel (XLSX): сохраните его заново "
            + "в Excel или выгрузите в CSV";

    /** A sheet past the bounds, refused while it is read. */
    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
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
                if (rows.size() > MAX_ROWS) {
                    throw new IllegalArgumentException("В таблице больше " + MAX_ROWS + " строк: разделите её на части");
                }
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
