package ru.nastavnik.gateway.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.nastavnik.gateway.web.PairingViews.Candidate;
import ru.nastavnik.gateway.web.PairingViews.IssuedLink;
import ru.nastavnik.gateway.web.PairingViews.MeetingForFeedback;
import ru.nastavnik.gateway.web.PairingViews.Name;
import ru.nastavnik.gateway.web.PairingViews.Order;
import ru.nastavnik.gateway.web.PairingViews.PairCard;
import ru.nastavnik.gateway.web.PairingViews.PairSummary;
import ru.nastavnik.gateway.web.PairingViews.Programme;
import ru.nastavnik.gateway.web.PairingViews.Proposal;
import ru.nastavnik.gateway.web.PairingViews.SchoolOverview;

/**
 * The pages' typed door to pairing-service (and to the registry for the names beside pairing's pseudonymous ids):
 * every answer is read into a record here, so a service that renames a field fails loudly in one place.
 */
@Component
class PairingClient {

    private final BackendClient backend;
    private final ObjectMapper json;

    PairingClient(BackendClient backend, ObjectMapper json) {
        this.backend = backend;
        this.json = json;
    }

    Programme programme() {
        return read(backend.get(backend.pairing("/programme")), Programme.class);
    }

    void chooseForms(String schoolYear, List<String> forms, String chosenOn) {
        backend.put(backend.pairing("/programme/forms"), Map.of("schoolYear", schoolYear, "forms", forms,
                "chosenOn", chosenOn));
    }

    void configure(PairingViews.Settings settings) {
        backend.put(backend.pairing("/programme/settings"), settings);
    }

    List<SchoolOverview> overview() {
        return list(backend.get(backend.pairing("/overview")), SchoolOverview.class);
    }

    List<Candidate> candidates(String role) {
        return list(backend.get(backend.pairing("/candidates?role=" + role)), Candidate.class);
    }

    String draftProposal(String form, List<String> menteeIds) {
        Map<String, Object> body = new HashMap<>();
        if (form != null && !form.isBlank()) {
            body.put("form", form);
        }
        if (menteeIds != null && !menteeIds.isEmpty()) {
            body.put("menteeIds", menteeIds);
        }
        return backend.post(backend.pairing("/proposals"), body).get("id").asText();
    }

    List<Proposal> proposals() {
        return list(backend.get(backend.pairing("/proposals")), Proposal.class);
    }

    Proposal proposal(String id) {
        return read(backend.get(backend.pairing("/proposals/" + id)), Proposal.class);
    }

    // every change on the board carries the version the curator saw: another curator's change in between is a 409

    void pin(String proposalId, Long version, String menteeId, String mentorId) {
        backend.post(backend.pairing("/proposals/" + proposalId + "/pins"), Map.of("menteeId", menteeId,
                "mentorId", mentorId), version);
    }

    void unpin(String proposalId, Long version, String menteeId) {
        backend.delete(backend.pairing("/proposals/" + proposalId + "/pins/" + menteeId), version);
    }

    void ban(String proposalId, Long version, String menteeId, String mentorId) {
        backend.post(backend.pairing("/proposals/" + proposalId + "/bans"), Map.of("menteeId", menteeId,
                "mentorId", mentorId), version);
    }

    void unban(String proposalId, Long version, String menteeId, String mentorId) {
        backend.delete(UriComponentsBuilder.fromUriString(backend.pairing("/proposals/" + proposalId + "/bans"))
                .queryParam("menteeId", menteeId).queryParam("mentorId", mentorId).encode().build().toUriString(),
                version);
    }

    void swap(String proposalId, Long version, String first, String second) {
        backend.post(backend.pairing("/proposals/" + proposalId + "/swaps"), Map.of("firstMenteeId", first,
                "secondMenteeId", second), version);
    }

    void holdOut(String proposalId, Long version, String menteeId) {
        backend.post(backend.pairing("/proposals/" + proposalId + "/holds"), Map.of("menteeId", menteeId), version);
    }

    void giveBack(String proposalId, Long version, String menteeId) {
        backend.delete(backend.pairing("/proposals/" + proposalId + "/holds/" + menteeId), version);
    }

    List<String> confirm(String proposalId, Long version) {
        JsonNode confirmed = backend.post(backend.pairing("/proposals/" + proposalId + "/confirmation"), null,
                version);
        return json.convertValue(confirmed.get("pairIds"), json.getTypeFactory().constructCollectionType(List.class,
                String.class));
    }

    List<PairSummary> pairs(String status) {
        return list(backend.get(backend.pairing("/pairs" + (status == null ? "" : "?status=" + status))),
                PairSummary.class);
    }

    List<PairSummary> stalled() {
        return list(backend.get(backend.pairing("/pairs/stalled")), PairSummary.class);
    }

    List<PairSummary> nominations() {
        return list(backend.get(backend.pairing("/pairs/nominations")), PairSummary.class);
    }

    PairCard pair(String id) {
        return read(backend.get(backend.pairing("/pairs/" + id)), PairCard.class);
    }

    void act(String pairId, String path, Map<String, ?> body) {
        backend.post(backend.pairing("/pairs/" + pairId + path), body);
    }

    void put(String pairId, String path, Map<String, ?> body) {
        backend.put(backend.pairing("/pairs/" + pairId + path), body);
    }

    IssuedLink feedbackLink(String pairId, String meetingId, String menteeId) {
        return read(backend.post(backend.pairing("/pairs/" + pairId + "/meetings/" + meetingId + "/feedback-links"),
                Map.of("menteeId", menteeId)), IssuedLink.class);
    }

    List<Order> orders() {
        return list(backend.get(backend.pairing("/orders")), Order.class);
    }

    void issueOrder(String number, String issuedOn, List<String> pairIds) {
        backend.post(backend.pairing("/orders"), Map.of("number", number, "issuedOn", issuedOn, "pairIds", pairIds));
    }

    BackendClient.Download orderDraft(Map<String, Object> request) {
        return backend.postForDocument(backend.pairing("/orders/draft"), request);
    }

    MeetingForFeedback meetingForFeedback(String token) {
        return read(backend.getAnonymously(backend.pairing("/public/feedback/" + token)), MeetingForFeedback.class);
    }

    void answerFeedback(String token, Map<String, ?> answer) {
        backend.postAnonymously(backend.pairing("/public/feedback/" + token), answer);
    }

    /** The names the signed-in person may see for these ids (the registry decides); an unknown id keeps no name. */
    Map<String, String> names(Collection<String> ids) {
        Set<String> wanted = new java.util.TreeSet<>(ids);
        wanted.removeIf(id -> id == null || id.isBlank());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        String url = UriComponentsBuilder.fromUriString(backend.registry("/participants/names"))
                .queryParam("ids", String.join(",", wanted)).encode().build().toUriString();
        Map<String, String> names = new LinkedHashMap<>();
        list(backend.get(url), Name.class).forEach(name -> names.put(name.id(), name.fullName()));
        return names;
    }

    private <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException unreadable) {
            throw new IllegalStateException("pairing-service answered in a shape the gateway does not know: "
                    + type.getSimpleName(), unreadable);
        }
    }

    private <T> List<T> list(JsonNode node, Class<T> type) {
        return json.convertValue(node, json.getTypeFactory().constructCollectionType(List.class, type));
    }
}
