package ru.nastavnik.roadmap.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** @param occurrences the due dates of an adopted roadmap and what became of them; empty before adoption */
public record RoadmapDetails(RoadmapSummary roadmap, List<Action> actions, List<HistoryEntry> history,
                             List<Occurrence> occurrences) {

    /** One step of the roadmap's history: who did what, when, and what they wrote. */
    public record HistoryEntry(Instant at, String actorName, String actorRole, String step, String stepTitle,
                               String comment) {
    }

    /** @param deadline the deadline as typed; {@code schedule} is how the platform read it */
    public record Action(String id, String section, String number, String title, String deadline,
                         Deadline schedule, String responsible, String result) {
    }

    /**
     * @param kind     FIXED, RECURRING, ONGOING, RELATIVE, ON_DEMAND, EXTERNAL or UNRECOGNIZED
     * @param dueDates the concrete due dates over the roadmap's period
     * @param warnings what may be wrong with the deadline, in Russian
     */
    public record Deadline(String kind, List<LocalDate> dueDates, List<String> warnings) {
    }
}
