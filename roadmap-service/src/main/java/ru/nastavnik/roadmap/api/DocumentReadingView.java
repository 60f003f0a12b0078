package ru.nastavnik.roadmap.api;

import ru.nastavnik.roadmap.document.ImportedRoadmap;

/**
 * A document being read in the background: how far it got, then what was understood (nothing is stored until the
 * person saves it), or why it could not be read.
 *
 * @param status  READING, READ or FAILED
 * @param roadmap what was understood, once READ
 * @param problem why the document could not be read, once FAILED
 */
public record DocumentReadingView(String id, String fileName, String status, int pagesRead, int pages,
                                  ImportedRoadmap roadmap, String problem) {
}
