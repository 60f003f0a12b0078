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
     * @param anchor   for a relative deadline, the action it counts from; null when none is linked
     */
    public record Deadline(String kind, List<LocalDate> dueDates, List<String> warnings, Anchor anchor) {
    }

    /**
     * @param actionId  the action the deadline counts from
     * @param number    its number now
     * @param days      how many days after it was done the dependent action is due
     * @param suggested the platform linked it from the deadline's words; the editor may choose another
     */
    public record Anchor(String actionId, String number, int days, boolean suggested) {
    }
}
