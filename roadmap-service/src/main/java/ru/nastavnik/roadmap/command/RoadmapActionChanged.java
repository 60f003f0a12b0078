package ru.nastavnik.roadmap.command;

import java.time.LocalDate;
import java.util.List;

/** The action as it is now; its deadline read again like a new one. */
public record RoadmapActionChanged(String roadmapId, String schoolId, String municipalityId, String actionId,
                                   String section, String number, String title, String deadline,
                                   String deadlineKind, List<LocalDate> dueDates, List<String> deadlineWarnings,
                                   String responsible, String result) {

    public RoadmapActionChanged {
        dueDates = dueDates == null ? List.of() : List.copyOf(dueDates);
        deadlineWarnings = deadlineWarnings == null ? List.of() : List.copyOf(deadlineWarnings);
    }
}
