package ru.nastavnik.pairing.pairs;

import java.time.LocalDate;
import java.util.List;

/** A line of the school's list of pairs, of the stalled board, of a mentor's «Мои пары». */
public record PairSummary(String id, String form, String formTitle, boolean group, String mentorId,
                          List<String> menteeIds, String status, String statusTitle, String orderNumber,
                          LocalDate fixedOn, int meetings, LocalDate lastMeetingOn, List<PairCard.Item> stallReasons,
                          LocalDate stalledSince, boolean mentorNominated) {
}
