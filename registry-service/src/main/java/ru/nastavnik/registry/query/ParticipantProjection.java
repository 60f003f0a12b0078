package ru.nastavnik.registry.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.registry.api.ParticipantCard;
import ru.nastavnik.registry.api.ParticipantCounts;
import ru.nastavnik.registry.command.ConsentScope;
import ru.nastavnik.registry.command.ConsentSigner;
import ru.nastavnik.registry.command.ConsentWithdrawn;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.contracts.vocabulary.MentoringRequest;
import ru.nastavnik.registry.command.MenteeRequestsRecorded;
import ru.nastavnik.registry.command.MentorAnswersRecorded;
import ru.nastavnik.registry.command.MentorQuestionnaire;
import ru.nastavnik.registry.command.MentorDescribed;
import ru.nastavnik.registry.command.MentorSelection;
import ru.nastavnik.registry.command.MentorSelectionRecorded;
import ru.nastavnik.registry.command.MentorTrainingRecorded;
import ru.nastavnik.registry.command.ParticipantCategory;
import ru.nastavnik.registry.command.ParticipantEnrolled;
import ru.nastavnik.registry.command.ParticipantRole;
import ru.nastavnik.registry.privacy.Fingerprint;
import ru.nastavnik.registry.privacy.PersonalDataVault;

/**
 * The school's bases as the API reads them, in the command's transaction. Sealed fields are opened here, with the
 * person's key, so the school can search its own base; when consent is withdrawn the same transaction empties
 * every personal column and destroys the key, so nothing is left to open anywhere.
 */
@Component
@ProcessingGroup("participant-projection")
class ParticipantProjection {

    static final String COUNTS_FORMULA = "Считаются все, кто был внесён в базы с согласием, по роли и категории; "
            + "отзыв согласия удаляет персональные данные, но не факт участия. Партнёры, предоставившие наставников: "
            + "организации-партнёры, у которых в базе есть хотя бы один наставник-сотрудник";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    ParticipantProjection(JdbcClient jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @EventHandler
    void on(ParticipantEnrolled event, @SequenceNumber long version, @Timestamp Instant at) {
        String id = event.participantId();
        String fullName = open(id, event.personalData().fullName());
        String birth = open(id, event.personalData().birthDate());
        LocalDate birthDate = birth == null || birth.isEmpty() ? null : LocalDate.parse(birth);
        jdbc.sql("""
                        INSERT INTO participant_view (id, school_id, municipality_id, role, category, age_band, grade,
                          experience_band, status, full_name, birth_date, contacts, fingerprint, consent_signed_by,
                          consent_signer_name, consent_date, consent_scopes, enrolled_at, version, partner_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, event.schoolId(), event.municipalityId(), event.role().name(), event.category().name(),
                        event.ageBand(), event.grade(), event.experienceBand(), fullName,
                        birthDate == null ? null : Date.valueOf(birthDate), open(id, event.personalData().contacts()),
                        fullName == null || birthDate == null ? null : Fingerprint.of(fullName, birthDate),
                        event.consent().signedBy().name(), open(id, event.consent().sealedSignerName()),
                        Date.valueOf(event.consent().signedOn()),
                        String.join(",", event.consent().scopes().stream().map(Enum::name).sorted().toList()),
                        java.sql.Timestamp.from(at), version, event.partnerId())
                .update();
    }

    @EventHandler
    void on(MenteeRequestsRecorded event, @SequenceNumber long version) {
        jdbc.sql("UPDATE participant_view SET requests = ?, request_note = ?, version = ? WHERE id = ?")
                .params(String.join(",", event.requests().stream().map(Enum::name).toList()),
                        open(event.participantId(), event.sealedNote()), version, event.participantId())
                .update();
    }

    @EventHandler
    void on(MentorDescribed event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE participant_view SET competencies = ?, competency_codes = ?, preferred_forms = ?,
                          capacity = ?, version = ? WHERE id = ?""")
                .params(event.competencies(), String.join(",", event.competencyCodesOrNone().stream().map(Enum::name)
                                .toList()), String.join("\n", event.preferredForms()), event.capacity(), version,
                        event.participantId())
                .update();
    }

    @EventHandler
    void on(MentorSelectionRecorded event, @SequenceNumber long version) {
        jdbc.sql("UPDATE participant_view SET selection = ?, selection_reason = ?, version = ? WHERE id = ?")
                .params(event.selection().name(), event.reason(), version, event.participantId()).update();
    }

    @EventHandler
    void on(MentorTrainingRecorded event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO mentor_training_view (id, participant_id, course, hours, certificate_number, certificate_date)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.trainingId(), event.participantId(), event.course(), event.hours(),
                        open(event.participantId(), event.sealedCertificateNumber()),
                        Date.valueOf(event.certificateDate()))
                .update();
        jdbc.sql("UPDATE participant_view SET version = ? WHERE id = ?").params(version, event.participantId()).update();
    }

    /** The latest answers replace the earlier ones: the questionnaire is the mentor's current self-description. */
    @EventHandler
    void on(MentorAnswersRecorded event, @SequenceNumber long version) {
        jdbc.sql("DELETE FROM mentor_answer_view WHERE participant_id = ?").param(event.participantId()).update();
        event.scores().forEach((code, score) -> jdbc.sql("""
                        INSERT INTO mentor_answer_view (participant_id, questionnaire, question_code, score)
                        VALUES (?, ?, ?, ?)""")
                .params(event.participantId(), event.questionnaire(), code, score).update());
        event.sealedTexts().forEach((code, sealed) -> jdbc.sql("""
                        INSERT INTO mentor_answer_view (participant_id, questionnaire, question_code, answer_text)
                        VALUES (?, ?, ?, ?)""")
                .params(event.participantId(), event.questionnaire(), code, open(event.participantId(), sealed))
                .update());
        jdbc.sql("UPDATE participant_view SET version = ? WHERE id = ?").params(version, event.participantId()).update();
    }

    /** Erasure: every personal column emptied and the key destroyed, in the same transaction as the event. */
    @EventHandler
    void on(ConsentWithdrawn event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE participant_view SET status = 'WITHDRAWN', full_name = NULL, birth_date = NULL,
                          contacts = NULL, fingerprint = NULL, consent_signer_name = NULL, request_note = NULL,
                          competencies = NULL, selection_reason = NULL, withdrawn_on = ?, version = ?
                        WHERE id = ?""")
                .params(Date.valueOf(event.withdrawnOn()), version, event.participantId()).update();
        jdbc.sql("UPDATE mentor_training_view SET certificate_number = NULL WHERE participant_id = ?")
                .param(event.participantId()).update();
        jdbc.sql("UPDATE mentor_answer_view SET answer_text = NULL WHERE participant_id = ?")
                .param(event.participantId()).update();
        vault.shred(event.participantId());
    }

    /** Null once the key is gone: a rebuilt read model has nothing to show of an erased person. */
    private String open(String personId, String sealed) {
        return vault.open(personId, sealed).orElse(null);
    }

    @QueryHandler
    Optional<ParticipantCard> handle(FindParticipantQuery query) {
        MentorDetails details = mentorDetails("p.id = ?", query.participantId());
        return jdbc.sql("SELECT * FROM participant_view WHERE id = ?").param(query.participantId())
                .query((rs, row) -> card(rs, details)).optional();
    }

    @QueryHandler
    List<ParticipantCard> handle(FindParticipantsQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM participant_view WHERE school_id = :school");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("school", query.schoolId());
        if (query.role() != null) {
            sql.append(" AND role = :role");
            params.put("role", query.role());
        }
        if (query.category() != null) {
            sql.append(" AND category = :category");
            params.put("category", query.category());
        }
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" AND (lower(full_name) LIKE :text OR lower(coalesce(request_note, '')) LIKE :text"
                    + " OR lower(coalesce(competencies, '')) LIKE :text)");
            params.put("text", "%" + query.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        sql.append(" ORDER BY status, full_name NULLS LAST, id");
        // the mentors' trainings and answers for the whole school in two queries, not two per mentor
        MentorDetails details = mentorDetails("p.school_id = ?", query.schoolId());
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> card(rs, details)).list();
    }

    @QueryHandler
    Optional<String> handle(FindParticipantFingerprintQuery query) {
        return jdbc.sql("SELECT id FROM participant_view WHERE school_id = ? AND fingerprint = ?")
                .params(query.schoolId(), query.fingerprint()).query(String.class).optional();
    }

    @QueryHandler
    ParticipantCounts handle(FindParticipantCountsQuery query) {
        String where = query.schoolId() != null ? "s.id = ?" : query.municipalityId() != null
                ? "s.municipality_id = ?" : "s.region_id = ?";
        String tenant = query.schoolId() != null ? query.schoolId() : query.municipalityId() != null
                ? query.municipalityId() : query.regionId();
        Map<String, ParticipantCounts.School> schools = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.id, s.name,
                          (SELECT count(*) FROM partner_view pa WHERE pa.school_id = s.id) AS partners,
                          (SELECT count(DISTINCT p.partner_id) FROM participant_view p
                             WHERE p.school_id = s.id AND p.partner_id IS NOT NULL AND p.role = 'MENTOR') AS providing
                        FROM school_view s WHERE\s""" + where + " ORDER BY s.name").param(tenant)
                .query((rs, row) -> schools.put(rs.getString("id"), new ParticipantCounts.School(rs.getString("id"),
                        rs.getString("name"), 0, 0, new TreeMap<>(), new TreeMap<>(), 0, rs.getInt("partners"),
                        rs.getInt("providing"))))
                .list();
        Map<String, int[]> totals = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.school_id, p.role, p.category, p.age_band, count(*) AS people
                        FROM participant_view p JOIN school_view s ON s.id = p.school_id
                        WHERE\s""" + where + " GROUP BY p.school_id, p.role, p.category, p.age_band")
                .param(tenant)
                .query((rs, row) -> {
                    ParticipantCounts.School school = schools.get(rs.getString("school_id"));
                    int people = rs.getInt("people");
                    String role = rs.getString("role");
                    school.byRoleAndCategory().computeIfAbsent(role, r -> new TreeMap<>())
                            .merge(rs.getString("category"), people, Integer::sum);
                    int[] sums = totals.computeIfAbsent(school.schoolId(), id -> new int[3]);
                    if (role.equals(ParticipantRole.MENTEE.name())) {
                        sums[0] += people;
                        if (rs.getString("category").equals(ParticipantCategory.PUPIL.name())) {
                            school.menteesByAgeBand().merge(rs.getString("age_band"), people, Integer::sum);
                        }
                    } else if (role.equals(ParticipantRole.MENTOR.name())) {
                        sums[1] += people;
                    }
                    return people;
                })
                .list();
        jdbc.sql("""
                        SELECT p.school_id, count(DISTINCT t.participant_id) AS trained
                        FROM mentor_training_view t JOIN participant_view p ON p.id = t.participant_id
                        JOIN school_view s ON s.id = p.school_id WHERE\s""" + where + " GROUP BY p.school_id")
                .param(tenant)
                .query((rs, row) -> totals.computeIfAbsent(rs.getString("school_id"), id -> new int[3])[2] =
                        rs.getInt("trained"))
                .list();
        List<ParticipantCounts.School> result = new ArrayList<>();
        schools.values().forEach(school -> {
            int[] sums = totals.getOrDefault(school.schoolId(), new int[3]);
            result.add(new ParticipantCounts.School(school.schoolId(), school.schoolName(), sums[0], sums[1],
                    school.byRoleAndCategory(), school.menteesByAgeBand(), sums[2], school.partners(),
                    school.partnersProvidingMentors()));
        });
        return new ParticipantCounts(result, COUNTS_FORMULA);
    }

    /** A mentor's trainings and questionnaire answers, by participant id. */
    private record MentorDetails(Map<String, List<ParticipantCard.Training>> trainings,
                                 Map<String, Map<String, ParticipantCard.Answer>> answers) {
    }

    /** Trainings and answers of the participants {@code where} (on participant_view p) selects. */
    private MentorDetails mentorDetails(String where, String param) {
        Map<String, List<ParticipantCard.Training>> trainings = new LinkedHashMap<>();
        jdbc.sql("SELECT t.* FROM mentor_training_view t JOIN participant_view p ON p.id = t.participant_id WHERE "
                        + where + " ORDER BY t.certificate_date").param(param)
                .query((training, n) -> trainings.computeIfAbsent(training.getString("participant_id"),
                        id -> new ArrayList<>()).add(new ParticipantCard.Training(training.getString("id"),
                        training.getString("course"), training.getInt("hours"),
                        training.getString("certificate_number"), training.getDate("certificate_date").toLocalDate())))
                .list();
        Map<String, Map<String, ParticipantCard.Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("SELECT a.* FROM mentor_answer_view a JOIN participant_view p ON p.id = a.participant_id WHERE "
                        + where).param(param)
                .query((answer, n) -> answers.computeIfAbsent(answer.getString("participant_id"),
                        id -> new LinkedHashMap<>()).put(answer.getString("question_code"), new ParticipantCard.Answer(
                        answer.getString("question_code"), "", answer.getString("answer_text"),
                        (Integer) answer.getObject("score"))))
                .list();
        return new MentorDetails(trainings, answers);
    }

    private ParticipantCard card(ResultSet rs, MentorDetails details) throws SQLException {
        String id = rs.getString("id");
        ParticipantRole role = ParticipantRole.valueOf(rs.getString("role"));
        ParticipantCategory category = ParticipantCategory.valueOf(rs.getString("category"));
        ConsentSigner signer = ConsentSigner.valueOf(rs.getString("consent_signed_by"));
        List<ParticipantCard.Item> scopes = codes(rs.getString("consent_scopes"), ",").stream()
                .map(code -> new ParticipantCard.Item(code, ConsentScope.valueOf(code).title())).toList();
        List<ParticipantCard.Item> requests = codes(rs.getString("requests"), ",").stream()
                .map(code -> new ParticipantCard.Item(code, MentoringRequest.valueOf(code).title())).toList();
        ParticipantCard.MentorView mentor = null;
        if (role == ParticipantRole.MENTOR) {
            String selection = rs.getString("selection");
            List<ParticipantCard.Training> trainings = details.trainings().getOrDefault(id, List.of());
            Map<String, ParticipantCard.Answer> given = details.answers().getOrDefault(id, Map.of());
            List<ParticipantCard.Answer> answers = MentorQuestionnaire.QUESTIONS.stream()
                    .filter(question -> given.containsKey(question.code()))
                    .map(question -> new ParticipantCard.Answer(question.code(), question.text(),
                            given.get(question.code()).text(), given.get(question.code()).score()))
                    .toList();
            List<ParticipantCard.Item> competencyCodes = codes(rs.getString("competency_codes"), ",").stream()
                    .map(code -> new ParticipantCard.Item(code, MentoringRequest.valueOf(code).title())).toList();
            // forms recorded before the codes existed hold their titles: both are read
            List<ParticipantCard.Item> forms = codes(rs.getString("preferred_forms"), "\n").stream()
                    .flatMap(form -> MentoringForm.of(form).stream())
                    .map(form -> new ParticipantCard.Item(form.name(), form.title())).toList();
            mentor = new ParticipantCard.MentorView(rs.getString("competencies"), competencyCodes, forms,
                    (Integer) rs.getObject("capacity"), selection,
                    selection == null ? null : MentorSelection.valueOf(selection).title(),
                    rs.getString("selection_reason"), trainings, answers);
        }
        Date birth = rs.getDate("birth_date");
        Date withdrawn = rs.getDate("withdrawn_on");
        return new ParticipantCard(id, rs.getString("school_id"), role.name(), role.title(), category.name(),
                category.title(), rs.getString("age_band"), (Integer) rs.getObject("grade"),
                rs.getString("experience_band"), rs.getString("status"), rs.getString("full_name"),
                birth == null ? null : birth.toLocalDate(), rs.getString("contacts"),
                new ParticipantCard.ConsentView(signer.name(), signer.title(), rs.getString("consent_signer_name"),
                        rs.getDate("consent_date").toLocalDate(), scopes),
                requests, rs.getString("request_note"), mentor, rs.getTimestamp("enrolled_at").toInstant(),
                withdrawn == null ? null : withdrawn.toLocalDate(), rs.getLong("version"), rs.getString("partner_id"));
    }

    private static List<String> codes(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
