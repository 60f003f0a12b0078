package ru.nastavnik.roadmap.query;

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
    private String responsible;
    private String result;
    private int position;

    protected RoadmapActionRow() {
    }

    RoadmapActionRow(String id, String roadmapId, String section, String number, String title, String deadline,
                     String responsible, String result, int position) {
        this.id = id;
        this.roadmapId = roadmapId;
        this.section = section;
        this.number = number;
        this.title = title;
        this.deadline = deadline;
        this.responsible = responsible;
        this.result = result;
        this.position = position;
    }

    RoadmapDetails.Action toAction() {
        return new RoadmapDetails.Action(id, section, number, title, deadline, responsible, result);
    }
}
