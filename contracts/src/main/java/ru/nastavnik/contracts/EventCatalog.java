package ru.nastavnik.contracts;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ru.nastavnik.contracts.monitoring.QuarterSnapshotApproved;
import ru.nastavnik.contracts.monitoring.QuarterSnapshotRestated;
import ru.nastavnik.contracts.pairing.FeedbackGiven;
import ru.nastavnik.contracts.pairing.MeetingHeld;
import ru.nastavnik.contracts.pairing.PairCompleted;
import ru.nastavnik.contracts.pairing.PairDissolved;
import ru.nastavnik.contracts.pairing.PairFixed;
import ru.nastavnik.contracts.pairing.PairMenteeLeft;
import ru.nastavnik.contracts.pairing.PairStalled;
import ru.nastavnik.contracts.pairing.ProgrammeFormsChosen;
import ru.nastavnik.contracts.registry.MenteeRequestsRecorded;
import ru.nastavnik.contracts.registry.MentorDescribed;
import ru.nastavnik.contracts.registry.MentorSelectionRecorded;
import ru.nastavnik.contracts.registry.MentorTrainingRecorded;
import ru.nastavnik.contracts.registry.ParticipantConsentWithdrawn;
import ru.nastavnik.contracts.registry.PartnerAgreementSigned;
import ru.nastavnik.contracts.registry.SchoolMoved;
import ru.nastavnik.contracts.registry.ParticipantEnrolled;
import ru.nastavnik.contracts.registry.SchoolHeadcountReported;
import ru.nastavnik.contracts.registry.SchoolRegistered;
import ru.nastavnik.contracts.roadmap.RoadmapActionAdded;
import ru.nastavnik.contracts.roadmap.RoadmapActionRemoved;
import ru.nastavnik.contracts.roadmap.RoadmapAdopted;
import ru.nastavnik.contracts.roadmap.RoadmapAgreed;
import ru.nastavnik.contracts.roadmap.RoadmapClosed;
import ru.nastavnik.contracts.roadmap.RoadmapCreated;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCancelled;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceCompleted;
import ru.nastavnik.contracts.roadmap.RoadmapOccurrenceOverdue;
import ru.nastavnik.contracts.roadmap.RoadmapReturned;
import ru.nastavnik.contracts.roadmap.RoadmapSubmitted;

/**
 * The stable CloudEvents {@code type} of every integration event. A type never changes meaning:
 * an incompatible change is a new record with a new version suffix.
 */
public final class EventCatalog {

    private static final Map<Class<? extends IntegrationEvent>, String> TYPES = Map.ofEntries(
            Map.entry(RoadmapCreated.class, "roadmap.RoadmapCreated.v1"),
            Map.entry(RoadmapActionAdded.class, "roadmap.RoadmapActionAdded.v1"),
            Map.entry(RoadmapActionRemoved.class, "roadmap.RoadmapActionRemoved.v1"),
            Map.entry(RoadmapSubmitted.class, "roadmap.RoadmapSubmitted.v1"),
            Map.entry(RoadmapAgreed.class, "roadmap.RoadmapAgreed.v1"),
            Map.entry(RoadmapReturned.class, "roadmap.RoadmapReturned.v1"),
            Map.entry(RoadmapAdopted.class, "roadmap.RoadmapAdopted.v1"),
            Map.entry(RoadmapClosed.class, "roadmap.RoadmapClosed.v1"),
            Map.entry(RoadmapOccurrenceCompleted.class, "roadmap.RoadmapOccurrenceCompleted.v1"),
            Map.entry(RoadmapOccurrenceOverdue.class, "roadmap.RoadmapOccurrenceOverdue.v1"),
            Map.entry(RoadmapOccurrenceCancelled.class, "roadmap.RoadmapOccurrenceCancelled.v1"),
            Map.entry(SchoolRegistered.class, "registry.SchoolRegistered.v1"),
            Map.entry(SchoolHeadcountReported.class, "registry.SchoolHeadcountReported.v1"),
            Map.entry(ParticipantEnrolled.class, "registry.ParticipantEnrolled.v1"),
            Map.entry(ParticipantConsentWithdrawn.class, "registry.ParticipantConsentWithdrawn.v1"),
            Map.entry(MentorDescribed.class, "registry.MentorDescribed.v1"),
            Map.entry(MentorSelectionRecorded.class, "registry.MentorSelectionRecorded.v1"),
            Map.entry(MentorTrainingRecorded.class, "registry.MentorTrainingRecorded.v1"),
            Map.entry(MenteeRequestsRecorded.class, "registry.MenteeRequestsRecorded.v1"),
            Map.entry(PartnerAgreementSigned.class, "registry.PartnerAgreementSigned.v1"),
            Map.entry(SchoolMoved.class, "registry.SchoolMoved.v1"),
            Map.entry(ProgrammeFormsChosen.class, "pairing.ProgrammeFormsChosen.v1"),
            Map.entry(PairFixed.class, "pairing.PairFixed.v1"),
            Map.entry(PairMenteeLeft.class, "pairing.PairMenteeLeft.v1"),
            Map.entry(MeetingHeld.class, "pairing.MeetingHeld.v1"),
            Map.entry(FeedbackGiven.class, "pairing.FeedbackGiven.v1"),
            Map.entry(PairStalled.class, "pairing.PairStalled.v1"),
            Map.entry(PairCompleted.class, "pairing.PairCompleted.v1"),
            Map.entry(PairDissolved.class, "pairing.PairDissolved.v1"),
            Map.entry(QuarterSnapshotApproved.class, "monitoring.QuarterSnapshotApproved.v1"),
            Map.entry(QuarterSnapshotRestated.class, "monitoring.QuarterSnapshotRestated.v1"));

    private static final Map<String, Class<? extends IntegrationEvent>> CLASSES = TYPES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private EventCatalog() {
    }

    public static String typeOf(Class<? extends IntegrationEvent> eventClass) {
        String type = TYPES.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("Not an integration event of the catalog: " + eventClass.getName());
        }
        return type;
    }

    public static Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(CLASSES.get(type));
    }
}
