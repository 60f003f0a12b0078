package ru.nastavnik.roadmap.query;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoadmapActionRows extends JpaRepository<RoadmapActionRow, String> {

    List<RoadmapActionRow> findByRoadmapIdOrderByPosition(String roadmapId);

    List<RoadmapActionRow> findByAnchorActionId(String anchorActionId);
}
