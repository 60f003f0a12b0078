package ru.nastavnik.roadmap.document;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the platform understood of a published roadmap document, before anyone saves it: the header, the sections and
 * their actions, each field with how sure the reading is, and what could not be read.
 *
 * @param orderNumber the approving order's number when the document names one
 */
public record ImportedRoadmap(String title, String organisation, String period, String orderNumber,
                              LocalDate orderDate, List<Section> sections, List<String> warnings) {

    public record Section(String number, String title, List<Action> actions) {

        /** How the section is named on a roadmap: «2. Формирование базы», or «Раздел 2» when it has no title. */
        @JsonProperty(access = JsonProperty.Access.READ_ONLY)
        public String name() {
            return title.isBlank() ? "Раздел " + number : number + ". " + title;
        }
    }

    /**
     * @param confidence per field (number, title, deadline, responsible, result), 0–1: 1 when read from a cell that
     *                   names it, lower when inferred (a merged cell, a lexicon guess)
     */
    public record Action(String number, String title, String deadline, String responsible, String result,
                         java.util.Map<String, Double> confidence, List<String> warnings) {
    }

    public int actionCount() {
        return sections.stream().mapToInt(section -> section.actions().size()).sum();
    }
}
