package ru.nastavnik.roadmap.api;

import java.util.List;

/**
 * Many documents imported at once, each saved as a draft as it was read (a department migrating its schools): how
 * far the batch got and what became of each document.
 */
public record ImportBatchView(String id, int documents, int done, boolean finished, List<Item> items) {

    /**
     * @param status     WAITING, READING, SAVED or FAILED
     * @param roadmapId  the draft made of the document, once SAVED
     * @param warnings   how many things the reading was unsure of (to check in the draft)
     * @param notes      what was said of the document as a whole (its period, its layout)
     */
    public record Item(String fileName, String schoolId, String status, int pagesRead, int pages, String roadmapId,
                       int actions, int warnings, List<String> notes, String problem) {
    }
}
