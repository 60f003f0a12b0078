package ru.nastavnik.pairing.pairs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.contracts.pairing.MeetingKind;
import ru.nastavnik.contracts.pairing.PairEndReason;
import ru.nastavnik.contracts.pairing.StallReason;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.pairing.pairs.Events.FeedbackRecorded;
import ru.nastavnik.pairing.pairs.Events.InteractionFormatChosen;
import ru.nastavnik.pairing.pairs.Events.MeetingRecorded;
import ru.nastavnik.pairing.pairs.Events.MenteeLeft;
import ru.nastavnik.pairing.pairs.Events.PairEnded;
import ru.nastavnik.pairing.pairs.Events.PairFinished;
import ru.nastavnik.pairing.pairs.Events.PairFixedByOrder;
import ru.nastavnik.pairing.pairs.Events.PairFormed;
import ru.nastavnik.pairing.pairs.Events.PlanAgreed;
import ru.nastavnik.pairing.pairs.Events.PlanDrafted;
import ru.nastavnik.pairing.pairs.Events.StallRecorded;
import ru.nastavnik.pairing.privacy.PairTexts;

/**
 * The pairs' read model, updated in the command's transaction, and the questions other capabilities ask of it.
 * Texts are kept sealed here too and opened when read: once a key is destroyed they read as empty everywhere.
 */
@Component
@ProcessingGroup("pairing-projection")
public class PairViews {

    /**
     * A pair as the stall sweep sees it.
     *
     * @param notAGoodFitSince when a feedback first said the pair does not fit, or null
     */
    public record WorkFacts(String pairId, String schoolId, LocalDate fixedOn, List<MeetingFact> meetings,
                            LocalDate notAGoodFitSince, List<StallReason> recordedReasons) {
    }

    /** A meeting with who gave feedback on it. */
    public record MeetingFact(String meetingId, MeetingKind kind, LocalDate heldOn, boolean mentorFeedback,
                              boolean menteeFeedback) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final PairTexts texts;

    PairViews(JdbcClient jdbc, ObjectMapper json, PairTexts texts) {
        this.jdbc = jdbc;
        this.json = json;
        this.texts = texts;
    }

    // ---- projection ----

    @EventHandler
    void on(PairFormed event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO pair_view (id, school_id, municipality_id, form, is_group, mentor_id, status,
                          proposal_id, formed_on, version) VALUES (?, ?, ?, ?, ?, ?, 'CONFIRMED', ?, ?, ?)""")
                .params(event.pairId(), event.schoolId(), event.municipalityId(), event.form().name(), event.group(),
                        event.mentorId(), event.proposalId(), Date.valueOf(event.formedOn()),
                        version)
                .update();
        for (String mentee : event.menteeIds()) {
            jdbc.sql("INSERT INTO pair_mentee (pair_id, mentee_id) VALUES (?, ?)").params(event.pairId(), mentee)
                    .update();
        }
    }

    @EventHandler
    void on(PairFixedByOrder event, @SequenceNumber long version) {
        update(event.pairId(), version, "status = 'ACTIVE', order_id = ?, order_number = ?, fixed_on = ?",
                event.orderId(), event.orderNumber(), Date.valueOf(event.fixedOn()));
    }

    @EventHandler
    void on(InteractionFormatChosen event, @SequenceNumber long version) {
        update(event.pairId(), version, "interaction_format = ?", event.format().name());
    }

    @EventHandler
    void on(PlanDrafted event, @SequenceNumber long version) throws JsonProcessingException {
        update(event.pairId(), version, "plan = CAST(? AS jsonb), plan_agreed_by_mentor = FALSE, "
                + "plan_agreed_by_curator = FALSE", json.writeValueAsString(Map.of("goals", event.sealedGoals(),
                "tasks", event.tasks())));
    }

    @EventHandler
    void on(PlanAgreed event, @SequenceNumber long version) {
        update(event.pairId(), version, event.by() == PairActor.Kind.MENTOR ? "plan_agreed_by_mentor = TRUE"
                : "plan_agreed_by_curator = TRUE");
    }

    @EventHandler
    void on(MeetingRecorded event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO meeting_view (meeting_id, pair_id, sequence, kind, held_on, format, notes)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(event.meetingId(), event.pairId(), event.sequence(), event.kind().name(),
                        Date.valueOf(event.heldOn()), event.format().name(), event.sealedNotes())
                .update();
        update(event.pairId(), version, "");
    }

    @EventHandler
    void on(FeedbackRecorded event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO feedback_view (meeting_id, author, participant_id, pair_id, score, not_a_good_fit,
                          comment, given_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.meetingId(), event.author().name(), event.participantId(), event.pairId(), event.score(),
                        event.notAGoodFit(), event.sealedComment(), Date.valueOf(event.givenOn()))
                .update();
        update(event.pairId(), version, "");
    }

    @EventHandler
    void on(StallRecorded event, @SequenceNumber long version) {
        update(event.pairId(), version, "stall_reasons = ?, stalled_since = ?",
                String.join(",", event.reasons().stream().map(Enum::name).toList()),
                event.since() == null ? null : Date.valueOf(event.since()));
    }

    @EventHandler
    void on(PairFinished event, @SequenceNumber long version) {
        update(event.pairId(), version, "status = 'COMPLETED', outcome = ?, mentor_reflection = ?, "
                        + "mentee_reflection = ?, mentor_nominated = ?, ended_on = ?, stall_reasons = '', stalled_since = NULL",
                event.outcome().name(), event.sealedMentorReflection(), event.sealedMenteeReflection(),
                event.mentorNominated(), Date.valueOf(event.completedOn()));
        closeMembership(event.pairId());
    }

    @EventHandler
    void on(PairEnded event, @SequenceNumber long version) {
        update(event.pairId(), version, "status = 'DISSOLVED', end_reason = ?, end_note = ?, ended_on = ?, "
                + "stall_reasons = '', stalled_since = NULL", event.reason().name(), event.sealedNote(),
                Date.valueOf(event.endedOn()));
        closeMembership(event.pairId());
    }

    private void closeMembership(String pairId) {
        jdbc.sql("UPDATE pair_mentee SET open = FALSE WHERE pair_id = ?").param(pairId).update();
    }

    /**
     * Serialises, per school until the transaction ends (a PostgreSQL advisory lock), what must not interleave:
     * confirmations, orders and consent withdrawals, so that what one checks is not changed by another meanwhile.
     */
    public void lockSchool(String schoolId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('pairing-school:' || ?))").param(schoolId)
                .query((rs, row) -> row).list();
    }

    @EventHandler
    void on(MenteeLeft event, @SequenceNumber long version) {
        jdbc.sql("UPDATE pair_mentee SET left_on = ?, open = FALSE WHERE pair_id = ? AND mentee_id = ?")
                .params(Date.valueOf(event.leftOn()), event.pairId(), event.menteeId()).update();
        update(event.pairId(), version, "");
    }

    private void update(String pairId, long version, String set, Object... values) {
        List<Object> params = new ArrayList<>(Arrays.asList(values));
        params.add(version);
        params.add(pairId);
        jdbc.sql("UPDATE pair_view SET " + (set.isEmpty() ? "" : set + ", ") + "version = ? WHERE id = ?")
                .params(params).update();
    }

    // ---- queries ----

    public Optional<PairCard> card(String pairId) {
        return jdbc.sql("SELECT * FROM pair_view WHERE id = ?").param(pairId).query(this::cardOf).optional();
    }

    /** The school's pairs (all, or in one status), newest first. */
    public List<PairSummary> ofSchool(String schoolId, String status) {
        return summaries("p.school_id = ?" + (status == null ? "" : " AND p.status = ?"),
                status == null ? new Object[] {schoolId} : new Object[] {schoolId, status});
    }

    /** A mentor's own pairs and groups. */
    public List<PairSummary> ofMentor(String mentorId) {
        return summaries("p.mentor_id = ?", new Object[] {mentorId});
    }

    public List<PairSummary> stalledOfSchool(String schoolId) {
        return summaries("p.school_id = ? AND p.status = 'ACTIVE' AND p.stall_reasons <> ''", new Object[] {schoolId});
    }

    /** Open pairs (waiting for the order or active) in which the participant is the mentor or a current mentee. */
    public List<String> openPairsOf(String participantId) {
        return jdbc.sql("""
                        SELECT p.id FROM pair_view p WHERE p.status IN ('CONFIRMED', 'ACTIVE') AND (p.mentor_id = :id
                          OR EXISTS (SELECT 1 FROM pair_mentee m WHERE m.pair_id = p.id AND m.mentee_id = :id
                                     AND m.left_on IS NULL))""")
                .param("id", participantId).query(String.class).list();
    }

    /** Every pair the participant ever belonged to: their texts go with their consent. */
    public List<PairMembership> pairsEverOf(String participantId) {
        return jdbc.sql("""
                        SELECT p.id, p.is_group, p.mentor_id = :id AS as_mentor FROM pair_view p WHERE p.mentor_id = :id
                          OR EXISTS (SELECT 1 FROM pair_mentee m WHERE m.pair_id = p.id AND m.mentee_id = :id)""")
                .param("id", participantId)
                .query((rs, row) -> new PairMembership(rs.getString("id"), rs.getBoolean("is_group"),
                        rs.getBoolean("as_mentor")))
                .list();
    }

    public record PairMembership(String pairId, boolean group, boolean asMentor) {
    }

    /** Mentees held by each mentor of the school in pairs waiting for the order or active: their places are taken. */
    public Map<String, Integer> activeLoadsOfSchool(String schoolId) {
        Map<String, Integer> loads = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.mentor_id, count(*) AS mentees FROM pair_view p JOIN pair_mentee m ON m.pair_id = p.id
                        WHERE p.school_id = ? AND p.status IN ('CONFIRMED', 'ACTIVE') AND m.left_on IS NULL
                        GROUP BY p.mentor_id""")
                .param(schoolId).query((rs, row) -> loads.put(rs.getString("mentor_id"), rs.getInt("mentees"))).list();
        return loads;
    }

    /** Mentees of the school who are in an open pair: a new proposal does not place them again. */
    public List<String> menteesInOpenPairs(String schoolId) {
        return jdbc.sql("""
                        SELECT m.mentee_id FROM pair_view p JOIN pair_mentee m ON m.pair_id = p.id
                        WHERE p.school_id = ? AND p.status IN ('CONFIRMED', 'ACTIVE') AND m.left_on IS NULL""")
                .param(schoolId).query(String.class).list();
    }

    /** For re-pairing: the mentors a mentee had in pairs that were dissolved. */
    public List<String> previousMentorsOf(String menteeId) {
        return jdbc.sql("""
                        SELECT DISTINCT p.mentor_id FROM pair_view p JOIN pair_mentee m ON m.pair_id = p.id
                        WHERE m.mentee_id = ? AND p.status = 'DISSOLVED'""")
                .param(menteeId).query(String.class).list();
    }

    public List<WorkFacts> activeWork() {
        Map<String, List<MeetingFact>> meetings = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT mv.pair_id, mv.meeting_id, mv.kind, mv.held_on,
                          EXISTS (SELECT 1 FROM feedback_view f WHERE f.meeting_id = mv.meeting_id AND f.author = 'MENTOR') AS by_mentor,
                          EXISTS (SELECT 1 FROM feedback_view f WHERE f.meeting_id = mv.meeting_id AND f.author = 'MENTEE') AS by_mentee
                        FROM meeting_view mv JOIN pair_view p ON p.id = mv.pair_id WHERE p.status = 'ACTIVE'
                        ORDER BY mv.pair_id, mv.sequence""")
                .query((rs, row) -> meetings.computeIfAbsent(rs.getString("pair_id"), id -> new ArrayList<>())
                        .add(new MeetingFact(rs.getString("meeting_id"), MeetingKind.valueOf(rs.getString("kind")),
                                rs.getDate("held_on").toLocalDate(), rs.getBoolean("by_mentor"),
                                rs.getBoolean("by_mentee"))))
                .list();
        return jdbc.sql("""
                        SELECT p.id, p.school_id, p.fixed_on, p.stall_reasons,
                          (SELECT min(f.given_on) FROM feedback_view f WHERE f.pair_id = p.id AND f.not_a_good_fit) AS misfit
                        FROM pair_view p WHERE p.status = 'ACTIVE' ORDER BY p.id""")
                .query((rs, row) -> new WorkFacts(rs.getString("id"), rs.getString("school_id"),
                        rs.getDate("fixed_on").toLocalDate(), meetings.getOrDefault(rs.getString("id"), List.of()),
                        date(rs, "misfit"), reasons(rs.getString("stall_reasons"))))
                .list();
    }

    /** The school's mentors put forward for recognition by completed pairs (the list for the reward order). */
    public List<PairSummary> nominationsOfSchool(String schoolId) {
        return summaries("p.school_id = ? AND p.status = 'COMPLETED' AND p.mentor_nominated", new Object[] {schoolId});
    }

    private List<PairSummary> summaries(String where, Object[] params) {
        Map<String, List<String>> mentees = new LinkedHashMap<>();
        jdbc.sql("SELECT m.pair_id, m.mentee_id FROM pair_mentee m JOIN pair_view p ON p.id = m.pair_id WHERE " + where
                        + " AND m.left_on IS NULL ORDER BY m.mentee_id")
                .params(Arrays.asList(params))
                .query((rs, row) -> mentees.computeIfAbsent(rs.getString("pair_id"), id -> new ArrayList<>())
                        .add(rs.getString("mentee_id")))
                .list();
        return jdbc.sql("""
                        SELECT p.*, (SELECT count(*) FROM meeting_view mv WHERE mv.pair_id = p.id) AS meetings,
                          (SELECT max(held_on) FROM meeting_view mv WHERE mv.pair_id = p.id) AS last_meeting
                        FROM pair_view p WHERE\s""" + where + " ORDER BY p.formed_on DESC, p.id")
                .params(Arrays.asList(params))
                .query((rs, row) -> {
                    MentoringForm form = MentoringForm.valueOf(rs.getString("form"));
                    PairStatus status = PairStatus.valueOf(rs.getString("status"));
                    Date last = rs.getDate("last_meeting");
                    return new PairSummary(rs.getString("id"), form.name(), form.title(), rs.getBoolean("is_group"),
                            rs.getString("mentor_id"), mentees.getOrDefault(rs.getString("id"), List.of()),
                            status.name(), status.title(), rs.getString("order_number"), date(rs, "fixed_on"),
                            rs.getInt("meetings"), last == null ? null : last.toLocalDate(),
                            items(reasons(rs.getString("stall_reasons"))), date(rs, "stalled_since"),
                            rs.getBoolean("mentor_nominated"));
                })
                .list();
    }

    private PairCard cardOf(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        MentoringForm form = MentoringForm.valueOf(rs.getString("form"));
        PairStatus status = PairStatus.valueOf(rs.getString("status"));
        List<PairCard.Member> members = jdbc.sql("SELECT mentee_id, left_on FROM pair_mentee WHERE pair_id = ? ORDER BY mentee_id")
                .param(id).query((m, n) -> new PairCard.Member(m.getString("mentee_id"), date(m, "left_on"))).list();
        Map<String, List<PairCard.Feedback>> feedback = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM feedback_view WHERE pair_id = ? ORDER BY given_on, author").param(id)
                .query((f, n) -> feedback.computeIfAbsent(f.getString("meeting_id"), m -> new ArrayList<>())
                        .add(new PairCard.Feedback(f.getString("author"), f.getString("participant_id"),
                                f.getInt("score"), "MENTOR".equals(f.getString("author"))
                                ? texts.openForPair(id, f.getString("comment"))
                                : texts.openForPerson(f.getString("participant_id"), f.getString("comment")),
                                f.getBoolean("not_a_good_fit"),
                                f.getDate("given_on").toLocalDate())))
                .list();
        List<PairCard.MeetingView> meetings = jdbc.sql("SELECT * FROM meeting_view WHERE pair_id = ? ORDER BY sequence")
                .param(id)
                .query((m, n) -> {
                    MeetingKind kind = MeetingKind.valueOf(m.getString("kind"));
                    InteractionFormat format = InteractionFormat.valueOf(m.getString("format"));
                    return new PairCard.MeetingView(m.getString("meeting_id"), m.getInt("sequence"), kind.name(),
                            kind.title(), m.getDate("held_on").toLocalDate(), format.name(), format.title(),
                            texts.openForPair(id, m.getString("notes")),
                            feedback.getOrDefault(m.getString("meeting_id"), List.of()));
                })
                .list();
        String formatCode = rs.getString("interaction_format");
        InteractionFormat format = formatCode == null ? null : InteractionFormat.valueOf(formatCode);
        List<StallReason> reasons = reasons(rs.getString("stall_reasons"));
        String outcome = rs.getString("outcome");
        String endReason = rs.getString("end_reason");
        return new PairCard(id, rs.getString("school_id"), form.name(), form.title(), rs.getBoolean("is_group"),
                rs.getString("mentor_id"), members, status.name(), status.title(), rs.getString("order_number"),
                date(rs, "fixed_on"), formatCode, format == null ? null : format.title(),
                plan(id, rs.getString("plan"), rs.getBoolean("plan_agreed_by_mentor"),
                        rs.getBoolean("plan_agreed_by_curator")),
                meetings, reasons.isEmpty() ? null : new PairCard.Stall(items(reasons), date(rs, "stalled_since")),
                outcome == null ? null : new PairCard.Completion(outcome, Outcome.valueOf(outcome).title(),
                        texts.openForPair(id, rs.getString("mentor_reflection")),
                        texts.openForPair(id, rs.getString("mentee_reflection")), rs.getBoolean("mentor_nominated"),
                        date(rs, "ended_on")),
                endReason == null ? null : new PairCard.Ending(endReason, PairEndReason.valueOf(endReason).title(),
                        texts.openForPair(id, rs.getString("end_note")), date(rs, "ended_on")),
                rs.getLong("version"));
    }

    private PairCard.Plan plan(String pairId, String stored, boolean byMentor, boolean byCurator) {
        if (stored == null) {
            return null;
        }
        try {
            var node = json.readTree(stored);
            List<String> goals = new ArrayList<>();
            node.path("goals").forEach(goal -> goals.add(texts.openForPair(pairId, goal.asText())));
            List<PairCard.Task> tasks = new ArrayList<>();
            node.path("tasks").forEach(task -> tasks.add(new PairCard.Task(
                    texts.openForPair(pairId, task.path("sealedTitle").asText()),
                    LocalDate.parse(task.path("from").asText()), LocalDate.parse(task.path("to").asText()))));
            return new PairCard.Plan(goals, tasks, byMentor, byCurator);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan cannot be read back", e);
        }
    }

    private static List<StallReason> reasons(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(StallReason::valueOf).toList();
    }

    private static List<PairCard.Item> items(List<StallReason> reasons) {
        return reasons.stream().map(reason -> new PairCard.Item(reason.name(), reason.title())).toList();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
