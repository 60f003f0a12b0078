package ru.nastavnik.roadmap.command;

/**
 * An action with a relative deadline («в течение двух недель с даты определения модели») now counts from another
 * action: its due date comes when that action is done.
 *
 * @param suggested true when the platform picked the anchor from the deadline's words, not the editor
 */
public record RoadmapActionAnchored(String roadmapId, String schoolId, String municipalityId, String actionId,
                                    String anchorActionId, String anchorNumber, int relativeDays,
                                    boolean suggested) {
}
