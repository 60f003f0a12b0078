package ru.nastavnik.roadmap.command;

import java.time.LocalDate;
import java.util.List;

/**
 * @param deadline         the deadline exactly as typed
 * @param deadlineKind     how the platform read it ({@link ru.nastavnik.roadmap.deadline.DeadlineKind})
 * @param dueDates         the due dates it stands for over the roadmap's period
 * @param deadlineWarnings what the platform told the editor about it, in Russian
 * @param actionCount      how many actions the roadmap holds with this one
 */
public record RoadmapActionAdded(String roadmapId, String schoolId, String municipalityId, String actionId,
                                 String section, String number, String title, String deadline,
                                 String deadlineKind, List<LocalDate> dueDates, List<String> deadlineWarnings,
                                 String responsible, String result, int actionCount) {

    public RoadmapActionAdded {
        dueDates = dueDates == null ? List.of() : List.copyOf(dueDates);
        deadlineWarnings = deadlineWarnings == null ? List.of() : List.copyOf(deadlineWarnings);
    }
}
