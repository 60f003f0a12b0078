package ru.nastavnik.monitoring.facts;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.contracts.IntegrationEvent;
import ru.nastavnik.contracts.pairing.MeetingHeld;
import ru.nastavnik.contracts.pairing.PairCompleted;
import ru.nastavnik.contracts.pairing.PairDissolved;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.pairing.PairMenteeLeft;
import ru.nastavnik.contracts.pairing.PairStalled;
import ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.PartnerAgreementSigned;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolMoved;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCancelled;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCompleted;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceOverdue;

/**
 * Writes monitoring's dated facts: each keeps the day it became true (and the day it stopped), so an indicator can
 * be recomputed as of any past date. Pseudonymous ids and codes only; nothing here is ever logged.
 * Every write is an upsert, so applying an event twice leaves the same rows (the consumer also dedupes by id).
 */
@Repository
public class DatedFacts {

    private final JdbcClient jdbc;

    private final org.springframework.context.ApplicationEventPublisher events;

    DatedFacts(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Applies one integration event.
     *
     * @param happenedOn the day the event happened (its CloudEvent time in the municipality's zone): the date of
     *                   facts whose event carries no date of its own (enrolment, withdrawal, a due date's outcome)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void apply(IntegrationEvent payload, LocalDate happenedOn) {
        switch (payload) {
            case SchoolRegistered school -> jdbc.sql("""
                            INSERT INTO school_membership_fact (school_id, effective_from, municipality_id, region_id)
                            VALUES (?, '-infinity', ?, ?)
                            ON CONFLICT (school_id, effective_from) DO UPDATE
                              SET municipality_id = excluded.municipality_id, region_id = excluded.region_id""")
                    .params(school.schoolId(), school.municipalityId(), school.regionId()).update();
            case SchoolMoved moved -> {
                // the registration may not have been seen (a topic trimmed by hand): the move itself says where the
                // school was before
                jdbc.sql("""
                                INSERT INTO school_membership_fact (school_id, effective_from, municipality_id, region_id)
                                VALUES (?, '-infinity', ?, ?) ON CONFLICT DO NOTHING""")
                        .params(moved.schoolId(), moved.previousMunicipalityId(), moved.previousRegionId()).update();
                jdbc.sql("""
                                INSERT INTO school_membership_fact (school_id, effective_from, municipality_id, region_id)
                                VALUES (?, ?, ?, ?)
                                ON CONFLICT (school_id, effective_from) DO UPDATE
                                  SET municipality_id = excluded.municipality_id, region_id = excluded.region_id""")
                        .params(moved.schoolId(), date(moved.movedOn()), moved.municipalityId(), moved.regionId())
                        .update();
            }
            case SchoolHeadcountReported headcount -> jdbc.sql("""
                            INSERT INTO headcount_report_fact (school_id, applies_from, pupils_10_14, pupils_15_18,
                              teachers_0_3, teachers_over_3) VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (school_id, applies_from) DO UPDATE SET pupils_10_14 = excluded.pupils_10_14,
                              pupils_15_18 = excluded.pupils_15_18, teachers_0_3 = excluded.teachers_0_3,
                              teachers_over_3 = excluded.teachers_over_3""")
                    .params(headcount.schoolId(), date(Quarters.firstDay(headcount.quarter())),
                            headcount.pupilsAged10To14(), headcount.pupilsAged15To18(),
                            headcount.teachersWithUpTo3Years(), headcount.teachersWithOver3Years())
                    .update();
            case ParticipantEnrolled enrolled -> jdbc.sql("""
                            INSERT INTO participant_fact (participant_id, school_id, role, category, age_band,
                              experience_band, partner_id, enrolled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (participant_id) DO NOTHING""")
                    .params(enrolled.participantId(), enrolled.schoolId(), enrolled.role(), enrolled.category(),
                            enrolled.ageBand(), enrolled.experienceBand(), enrolled.partnerId(), date(happenedOn))
                    .update();
            // the anonymous fact stays and keeps counting; only the day of the withdrawal is noted
            case ParticipantConsentWithdrawn withdrawn -> {
                jdbc.sql("""
                                UPDATE participant_fact SET consent_withdrawn_on = COALESCE(consent_withdrawn_on, ?)
                                WHERE participant_id = ?""")
                        .params(date(happenedOn), withdrawn.participantId()).update();
                events.publishEvent(new ParticipantWithdrawn(withdrawn.participantId()));
            }
            case PartnerAgreementSigned agreement -> jdbc.sql("""
                            INSERT INTO partner_agreement_fact (agreement_id, partner_id, school_id, signed_on,
                              valid_until) VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (agreement_id) DO UPDATE SET signed_on = excluded.signed_on,
                              valid_until = excluded.valid_until""")
                    .params(agreement.agreementId(), agreement.partnerId(), agreement.schoolId(),
                            date(agreement.signedOn()), date(agreement.validUntil()))
                    .update();
            case PairFixed pair -> {
                jdbc.sql("""
                                INSERT INTO pair_term_fact (pair_id, school_id, form, is_group, fixed_on)
                                VALUES (?, ?, ?, ?, ?) ON CONFLICT (pair_id) DO NOTHING""")
                        .params(pair.pairId(), pair.schoolId(), pair.form(), pair.group(), date(pair.fixedOn()))
                        .update();
                member(pair.pairId(), pair.mentorId(), "MENTOR");
                pair.menteeIds().forEach(mentee -> member(pair.pairId(), mentee, "MENTEE"));
            }
            case PairMenteeLeft left -> jdbc.sql("""
                            UPDATE pair_member_fact SET left_on = ?
                            WHERE pair_id = ? AND participant_id = ? AND member_role = 'MENTEE'""")
                    .params(date(left.leftOn()), left.pairId(), left.menteeId()).update();
            case PairCompleted completed -> endPair(completed.pairId(), completed.completedOn(), "COMPLETED");
            case PairDissolved dissolved -> endPair(dissolved.pairId(), dissolved.dissolvedOn(), "DISSOLVED");
            case PairStalled stalled -> jdbc.sql("""
                            INSERT INTO pair_stall_fact (pair_id, since, stalled) VALUES (?, ?, ?)
                            ON CONFLICT (pair_id, since) DO UPDATE SET stalled = excluded.stalled""")
                    .params(stalled.pairId(), date(stalled.since()), !stalled.reasons().isEmpty()).update();
            case MeetingHeld meeting -> jdbc.sql("""
                            INSERT INTO meeting_fact (meeting_id, pair_id, school_id, held_on) VALUES (?, ?, ?, ?)
                            ON CONFLICT (meeting_id) DO NOTHING""")
                    .params(meeting.meetingId(), meeting.pairId(), meeting.schoolId(), date(meeting.heldOn()))
                    .update();
            case RoadmapOccurrenceCompleted done -> jdbc.sql("""
                            INSERT INTO due_date_fact (action_id, due_date, school_id, done_on, done_on_time)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (action_id, due_date) DO UPDATE
                              SET done_on = excluded.done_on, done_on_time = excluded.done_on_time""")
                    .params(done.actionId(), date(done.dueDate()), done.schoolId(), date(happenedOn), done.onTime())
                    .update();
            case RoadmapOccurrenceCancelled cancelled -> jdbc.sql("""
                            INSERT INTO due_date_fact (action_id, due_date, school_id, cancelled_on) VALUES (?, ?, ?, ?)
                            ON CONFLICT (action_id, due_date) DO UPDATE SET cancelled_on = excluded.cancelled_on""")
                    .params(cancelled.actionId(), date(cancelled.dueDate()), cancelled.schoolId(), date(happenedOn))
                    .update();
            // a due date that is never done is known only from this word: without its row it would be missing from
            // ROADMAP_ON_TIME's denominator; as of any day it counts as overdue once its date has passed
            case RoadmapOccurrenceOverdue overdue -> jdbc.sql("""
                            INSERT INTO due_date_fact (action_id, due_date, school_id) VALUES (?, ?, ?)
                            ON CONFLICT (action_id, due_date) DO NOTHING""")
                    .params(overdue.actionId(), date(overdue.dueDate()), overdue.schoolId()).update();
            default -> {
                // no indicator reads this event
            }
        }
    }

    /** One satisfaction answer of a process-quality questionnaire (the questionnaires capability calls this). */
    public void satisfactionAnswered(String answerId, String schoolId, String respondentRole, int score, int scaleMax,
                                     LocalDate answeredOn) {
        jdbc.sql("""
                        INSERT INTO satisfaction_answer_fact (answer_id, school_id, respondent_role, score, scale_max,
                          answered_on) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (answer_id) DO NOTHING""")
                .params(answerId, schoolId, respondentRole, score, scaleMax, date(answeredOn)).update();
    }

    private void member(String pairId, String participantId, String role) {
        jdbc.sql("""
                        INSERT INTO pair_member_fact (pair_id, participant_id, member_role) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(pairId, participantId, role).update();
    }

    private void endPair(String pairId, LocalDate endedOn, String kind) {
        jdbc.sql("UPDATE pair_term_fact SET ended_on = ?, end_kind = ? WHERE pair_id = ?")
                .params(date(endedOn), kind, pairId).update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
