package ru.nastavnik.roadmap.query;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoadmapHistoryRows extends JpaRepository<RoadmapHistoryRow, Long> {

    List<RoadmapHistoryRow> findByRoadmapIdOrderById(String roadmapId);
}
