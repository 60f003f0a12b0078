package ru.nastavnik.roadmap.document;

import java.util.List;

/**
 * A document as rows of cells, the shape the reader reads.
 *
 * @param mergedCellsMarked true when the source says which cells are merged with the cell above (a Word table: such
 *                          a cell is {@link #MERGED_WITH_ABOVE}, and an empty cell is truly empty); false for text,
 *                          where an empty deadline under a filled one is taken, with a warning, for a merged cell
 */
public record DocumentRows(List<List<String>> rows, boolean mergedCellsMarked) {

    /** The content of a cell that continues the cell above it; no document's text contains it. */
    static final String MERGED_WITH_ABOVE = "\u0000";

    /** The only cell of a row that stands where a page ended: a row cut there may go on after it. */
    static final String PAGE_BREAK = "\f";
}
