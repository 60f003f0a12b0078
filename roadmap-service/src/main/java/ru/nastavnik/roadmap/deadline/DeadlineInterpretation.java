package ru.nastavnik.roadmap.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * What the platform understood of a deadline as typed.
 *
 * @param text        exactly what the person typed; always kept
 * @param dueDates    the concrete due dates over the roadmap's period, ascending; empty when there are none
 * @param conditional the action happens only when needed («при необходимости»)
 * @param relativeDays for {@link DeadlineKind#RELATIVE}: days after the anchor event
 * @param anchor       for {@link DeadlineKind#RELATIVE}: the anchor event as written («определения модели»)
 * @param explanation one Russian sentence saying how the text was read
 * @param warnings    what may be wrong, in Russian
 * @param suggestion  a corrected text to offer, or null
 */
public record DeadlineInterpretation(String text, DeadlineKind kind, List<LocalDate> dueDates, boolean conditional,
                                     Integer relativeDays, String anchor, String explanation, List<String> warnings,
                                     String suggestion) {

    public DeadlineInterpretation {
        dueDates = List.copyOf(dueDates);
        warnings = List.copyOf(warnings);
    }

    public boolean understood() {
        return kind != DeadlineKind.UNRECOGNIZED;
    }
}
