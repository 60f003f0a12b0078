package ru.nastavnik.pairing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.contracts.Topics;
import ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn;
import ru.nastavnik.testing.Api;
import ru.nastavnik.testing.KafkaTestClient;
import ru.nastavnik.testing.ServiceIntegrationTest;

/**
 * A proposal is solved at one moment and confirmed at another: what changed in between (a withdrawn consent,
 * another proposal confirmed first) refuses the confirmation rather than breaking a rule the solver kept.
 */
class ProposalConfirmationIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    private Api api() {
        return Api.onPort(port);
    }

    private String draft(PairingSchool school) {
        Api.Response drafted = api().post("/api/pairing/proposals", school.curator, Map.of());
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return drafted.json().get("id").asText();
    }

    private Api.Response confirm(PairingSchool school, String proposalId) {
        return api().post("/api/pairing/proposals/" + proposalId + "/confirmation", school.curator, null);
    }

    private long openMemberships(String menteeId) {
        return jdbc.queryForObject("SELECT count(*) FROM pair_mentee WHERE mentee_id = ? AND open", Long.class,
                menteeId);
    }

    @Test
    void twoProposalsConfirmedAtOnceNeverPlaceOneMenteeTwice() throws Exception {
        PairingSchool school = new PairingSchool("school-pc1", "mun-pc");
        school.pupilMentor(10, 1, List.of("OLYMPIAD"));
        school.pupilMentor(11, 1, List.of("OLYMPIAD"));
        String pupil = school.pupilMentee(6, "OLYMPIAD");
        school.awaitDirectory(api(), 2, 1);
        String first = draft(school);
        String second = draft(school);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Api.Response> answers = new ArrayList<>();
        // the school's lock is held here until both confirmations wait for it: they then really meet
        try (java.sql.Connection holder = dataSource.getConnection()) {
            java.sql.PreparedStatement lock = holder.prepareStatement(
                    "SELECT pg_advisory_lock(hashtext('pairing-school:' || ?))");
            lock.setString(1, school.schoolId);
            lock.execute();
            List<Future<Api.Response>> both = List.of(pool.submit(() -> confirm(school, first)),
                    pool.submit(() -> confirm(school, second)));
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
            while (jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                    Long.class) < 2 && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            java.sql.PreparedStatement unlock = holder.prepareStatement(
                    "SELECT pg_advisory_unlock(hashtext('pairing-school:' || ?))");
            unlock.setString(1, school.schoolId);
            unlock.execute();
            for (Future<Api.Response> answer : both) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
        Api.Response refused = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("другую пару");
        assertThat(openMemberships(pupil)).isEqualTo(1);
    }

    @Test
    void aConsentWithdrawnAfterTheProposalRefusesItsConfirmation() throws Exception {
        PairingSchool school = new PairingSchool("school-pc2", "mun-pc");
        school.pupilMentor(10, 1, List.of("OLYMPIAD"));
        String pupil = school.pupilMentee(6, "OLYMPIAD");
        school.awaitDirectory(api(), 1, 1);
        String proposal = draft(school);

        KafkaTestClient.publish(Topics.REGISTRY_EVENTS, new ParticipantConsentWithdrawn(pupil, school.schoolId,
                school.municipalityId));
        PairingFlowIntegrationTest.await(() -> api().get("/api/pairing/candidates?role=MENTEE", school.curator)
                .json(), mentees -> mentees.findValuesAsText("participantId").isEmpty());

        Api.Response refused = confirm(school, proposal);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("отозвал согласие");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pair_view WHERE school_id = ?", Long.class,
                school.schoolId)).isZero();
    }

    @Test
    void aMentorFilledByAnEarlierConfirmationRefusesTheLaterOne() throws Exception {
        PairingSchool school = new PairingSchool("school-pc3", "mun-pc");
        school.pupilMentor(10, 1, List.of("OLYMPIAD"));
        school.pupilMentee(6, "OLYMPIAD");
        school.awaitDirectory(api(), 1, 1);
        String earlier = draft(school);
        String secondPupil = school.pupilMentee(7, "OLYMPIAD");
        school.awaitDirectory(api(), 1, 2);
        // the later proposal, solved before the earlier one is confirmed, gives the one place to the second pupil
        String later = api().post("/api/pairing/proposals", school.curator, Map.of("menteeIds", List.of(secondPupil)))
                .json().get("id").asText();
        assertThat(confirm(school, earlier).status()).isEqualTo(200);

        Api.Response refused = confirm(school, later);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("mentor-full");
        assertThat(openMemberships(secondPupil)).isZero();
    }
}
