package ru.nastavnik.roadmap.query;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoadmapRows extends JpaRepository<RoadmapRow, String> {

    List<RoadmapRow> findBySchoolIdOrderByUpdatedAtDesc(String schoolId);

    List<RoadmapRow> findByMunicipalityIdOrderBySchoolIdAscUpdatedAtDesc(String municipalityId);

    List<RoadmapRow> findByMunicipalityIdAndStatusOrderByUpdatedAtAsc(String municipalityId, String status);
}
