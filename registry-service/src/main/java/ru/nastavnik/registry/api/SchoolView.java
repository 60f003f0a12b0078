package ru.nastavnik.registry.api;

import java.util.List;

public record SchoolView(String id, String municipalityId, String regionId, String name, String kind,
                         List<Headcount> headcounts) {

    /** @param pupilsByGrade grade → pupils; empty when the school gave age bands only */
    public record Headcount(String quarter, int pupilsAged10To14, int pupilsAged15To18, int teachersWithUpTo3Years,
                            int teachersWithOver3Years, java.util.Map<Integer, Integer> pupilsByGrade) {
    }
}
