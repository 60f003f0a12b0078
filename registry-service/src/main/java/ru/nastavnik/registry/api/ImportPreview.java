package ru.nastavnik.registry.api;

import java.util.List;
import java.util.Map;

/**
 * What an import would do, row by row, before anything is stored.
 *
 * @param columns the recognised columns: field → the header as written in the file
 */
public record ImportPreview(String fileName, Map<String, String> columns, List<Row> rows, int ready, int duplicates,
                            int errors) {

    /**
     * @param status  READY (will be entered), DUPLICATE (already in the base or earlier in the file) or ERROR
     * @param problems what is wrong, in Russian
     */
    public record Row(int line, String fullName, String role, String category, String status, List<String> problems) {
    }
}
