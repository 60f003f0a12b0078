package ru.nastavnik.registry.command;

import java.util.Map;
import java.util.TreeMap;

/** @param pupilsByGrade grade → pupils; empty in reports made before grades were asked, or when not given */
public record HeadcountReported(String schoolId, String municipalityId, String quarter, int pupilsAged10To14,
                                int pupilsAged15To18, int teachersWithUpTo3Years, int teachersWithOver3Years,
                                Map<Integer, Integer> pupilsByGrade) {

    public HeadcountReported {
        pupilsByGrade = pupilsByGrade == null ? Map.of() : new TreeMap<>(pupilsByGrade);
    }
}
