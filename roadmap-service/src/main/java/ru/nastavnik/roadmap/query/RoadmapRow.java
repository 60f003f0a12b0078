package ru.nastavnik.roadmap.query;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.nastavnik.roadmap.api.RoadmapSummary;

@Entity
@Table(name = "roadmap_view")
class RoadmapRow {

    @Id
    private String id;
    @Column(name = "school_id")
    private String schoolId;
    @Column(name = "municipality_id")
    private String municipalityId;
    private String title;
    @Column(name = "school_year")
    private String schoolYear;
    private String status;
    @Column(name = "action_count")
    private int actionCount;
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "order_date")
    private LocalDate orderDate;
    private String kind;
    @Column(name = "template_id")
    private String templateId;

    protected RoadmapRow() {
    }

    RoadmapRow(String id, String kind, String schoolId, String municipalityId, String title, String schoolYear,
               String status, String templateId, long version, Instant updatedAt) {
        this.id = id;
        this.kind = kind;
        this.templateId = templateId;
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.title = title;
        this.schoolYear = schoolYear;
        this.status = status;
        this.version = version;
        this.updatedAt = updatedAt;
    }

    void changed(long newVersion, Instant at) {
        this.version = newVersion;
        this.updatedAt = at;
    }

    void actionCount(int count) {
        this.actionCount = count;
    }

    void status(String newStatus) {
        this.status = newStatus;
    }

    void adopted(String number, LocalDate date) {
        this.orderNumber = number;
        this.orderDate = date;
    }

    String schoolId() {
        return schoolId;
    }

    String kind() {
        return kind;
    }

    String municipalityId() {
        return municipalityId;
    }

    RoadmapSummary toSummary() {
        return new RoadmapSummary(id, kind, schoolId, municipalityId, title, schoolYear, status, actionCount, version,
                updatedAt, orderNumber, orderDate, templateId);
    }
}
