package ru.nastavnik.roadmap.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.nastavnik.roadmap.api.RoadmapDetails;

@Entity
@Table(name = "roadmap_action_view")
class RoadmapActionRow {

    @Id
    private String id;
    @Column(name = "roadmap_id")
    private String roadmapId;
    private String section;
    private String number;
    private String title;
    private String deadline;
    @Column(name = "deadline_kind")
    private String deadlineKind;
    /** ISO dates separated by commas. */
    @Column(name = "due_dates")
    private String dueDates;
    /** Warnings separated by new lines. */
    @Column(name = "deadline_warnings")
    private String deadlineWarnings;
    private String responsible;
    private String result;
    private int position;
    @Column(name = "anchor_action_id")
    private String anchorActionId;
    @Column(name = "relative_days")
    private Integer relativeDays;
    @Column(name = "anchor_suggested")
    private boolean anchorSuggested;

    protected RoadmapActionRow() {
    }

    RoadmapActionRow(String id, String roadmapId, String section, String number, String title, String deadline,
                     String deadlineKind, List<LocalDate> dueDates, List<String> deadlineWarnings,
                     String responsible, String result, int position) {
        this.id = id;
        this.roadmapId = roadmapId;
        this.section = section;
        this.number = number;
        this.title = title;
        this.deadline = deadline;
        this.deadlineKind = deadlineKind;
        this.dueDates = dueDates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        this.deadlineWarnings = String.join("\n", deadlineWarnings);
        this.responsible = responsible;
        this.result = result;
        this.position = position;
    }

    void changed(String newSection, String newNumber, String newTitle, String newDeadline, String newKind,
                 List<LocalDate> newDueDates, List<String> newWarnings, String newResponsible, String newResult) {
        this.section = newSection;
        this.number = newNumber;
        this.title = newTitle;
        this.deadline = newDeadline;
        this.deadlineKind = newKind;
        this.dueDates = newDueDates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        this.deadlineWarnings = String.join("\n", newWarnings);
        this.responsible = newResponsible;
        this.result = newResult;
        anchored(null, null, false);
    }

    void anchored(String newAnchorActionId, Integer days, boolean suggested) {
        this.anchorActionId = newAnchorActionId;
        this.relativeDays = days;
        this.anchorSuggested = suggested;
    }

    String id() {
        return id;
    }

    String number() {
        return number;
    }

    /** @param numbers action id → number, to name the anchor by its current number */
    RoadmapDetails.Action toAction(java.util.Map<String, String> numbers) {
        List<LocalDate> dates = dueDates == null || dueDates.isBlank() ? List.of()
                : Arrays.stream(dueDates.split(",")).map(LocalDate::parse).toList();
        List<String> warnings = deadlineWarnings == null || deadlineWarnings.isBlank() ? List.of()
                : List.of(deadlineWarnings.split("\n"));
        return new RoadmapDetails.Action(id, section, number, title, deadline,
                new RoadmapDetails.Deadline(deadlineKind, dates, warnings,
                        anchorActionId == null ? null : new RoadmapDetails.Anchor(anchorActionId,
                                numbers.get(anchorActionId), relativeDays, anchorSuggested)),
                responsible, result);
    }
}
