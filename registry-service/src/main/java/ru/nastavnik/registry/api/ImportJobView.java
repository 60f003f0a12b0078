package ru.nastavnik.registry.api;

import java.util.List;

/**
 * An import running or done: how far it got. Rows are named by their line only, never by a person's name.
 *
 * @param outcomes the rows not entered, with the reason
 */
public record ImportJobView(String id, String fileName, int total, int done, int created, int duplicates,
                            int failed, boolean finished, List<Outcome> outcomes) {

    public record Outcome(int line, String status, String problem) {
    }
}
