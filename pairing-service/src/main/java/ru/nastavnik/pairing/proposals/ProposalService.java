package ru.nastavnik.pairing.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.pairing.candidates.Candidate;
import ru.nastavnik.pairing.candidates.CandidateDirectory;
import ru.nastavnik.pairing.matching.Alternative;
import ru.nastavnik.pairing.matching.Ban;
import ru.nastavnik.pairing.matching.Category;
import ru.nastavnik.pairing.matching.ExperienceBand;
import ru.nastavnik.pairing.matching.Matcher;
import ru.nastavnik.pairing.matching.MatchingProblem;
import ru.nastavnik.pairing.matching.MatchingRuleViolation;
import ru.nastavnik.pairing.matching.MatchingSettings;
import ru.nastavnik.pairing.matching.Mentee;
import ru.nastavnik.pairing.matching.Mentor;
import ru.nastavnik.pairing.matching.Objective;
import ru.nastavnik.pairing.matching.Pin;
import ru.nastavnik.pairing.matching.Selection;
import ru.nastavnik.pairing.matching.UnmatchedReason;
import ru.nastavnik.pairing.matching.Weights;
import ru.nastavnik.pairing.pairs.Commands.FormPairCommand;
import ru.nastavnik.pairing.pairs.PairViews;
import ru.nastavnik.pairing.programme.ProgrammeSettings;
import ru.nastavnik.pairing.programme.Programmes;
import ru.nastavnik.pairing.proposals.ProposalCommands.AdjustProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalCommands.ConfirmProposalCommand;
import ru.nastavnik.pairing.proposals.ProposalCommands.ConfirmedPair;
import ru.nastavnik.pairing.proposals.ProposalCommands.DraftProposalCommand;
import ru.nastavnik.platform.domain.BrokenRule;

/**
 * Runs the matching engine for a school: the candidates from the directory, the places existing pairs hold, the
 * school's settings, and what the curator did on the board. Each change is solved again before its command is sent,
 * so the proposal's events always carry the solution the curator sees.
 */
@Service
class ProposalService {

    private final CommandGateway commands;
    private final CandidateDirectory directory;
    private final PairViews pairs;
    private final Programmes programmes;
    private final ProposalViews proposals;
    private final Clock clock;

    ProposalService(CommandGateway commands, CandidateDirectory directory, PairViews pairs, Programmes programmes,
                    ProposalViews proposals, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.pairs = pairs;
        this.programmes = programmes;
        this.proposals = proposals;
        this.clock = clock;
    }

    /**
     * A new proposal for the school's mentees who are not in a pair (all, or those named), for one form or all.
     * A re-pairing names mentees whose pairs were dissolved; in any proposal their previous mentors are banned from
     * the start.
     */
    @Transactional
    String draft(String schoolId, String municipalityId, MentoringForm form, List<String> menteeIds) {
        Set<String> inPairs = new HashSet<>(pairs.menteesInOpenPairs(schoolId));
        List<Candidate> mentees = directory.ofSchool(schoolId, "MENTEE").stream()
                .filter(mentee -> !inPairs.contains(mentee.participantId())).toList();
        boolean repairing = menteeIds != null && !menteeIds.isEmpty();
        if (repairing) {
            Set<String> wanted = new LinkedHashSet<>(menteeIds);
            for (String id : wanted) {
                Candidate mentee = directory.requireActive(id, schoolId);
                if (!mentee.isMentee()) {
                    throw BrokenRule.invalid("not-a-mentee", "В подбор включаются наставляемые");
                }
                if (inPairs.contains(id)) {
                    throw BrokenRule.state("mentee-in-pair", "Наставляемый уже в паре: сначала расформируйте её");
                }
            }
            mentees = mentees.stream().filter(mentee -> wanted.contains(mentee.participantId())).toList();
        }
        // whoever is matched again (named or in a school-wide proposal) is not offered the mentor of a pair that was
        // dissolved; the curator may lift such a ban on the board
        List<Adjustment> bans = new ArrayList<>();
        for (Candidate mentee : mentees) {
            pairs.previousMentorsOf(mentee.participantId()).forEach(mentor ->
                    bans.add(new Adjustment(Adjustment.Kind.BAN, mentee.participantId(), mentor)));
        }
        Set<String> scope = mentees.stream().map(Candidate::participantId).collect(Collectors.toSet());
        String proposalId = UUID.randomUUID().toString();
        Solution solution = scope.isEmpty() ? null
                : solve(schoolId, form, scope, new ProposalViews.Shape(Map.of(), bans, List.of()));
        commands.sendAndWait(new DraftProposalCommand(proposalId, schoolId, municipalityId,
                form == null ? null : form.name(), scope, repairing, bans, solution));
        return proposalId;
    }

    /** An adjustment on the board, solved again; {@code expectedVersion} null means "the latest". */
    @Transactional
    void adjust(String schoolId, String proposalId, List<Adjustment> adjustments, Long expectedVersion) {
        ProposalView proposal = visible(schoolId, proposalId);
        ProposalViews.Shape shape = proposals.shapeOf(proposalId);
        Map<String, String> pins = new LinkedHashMap<>(shape.pins());
        List<Adjustment> bans = new ArrayList<>(shape.bans());
        Set<String> heldOut = new LinkedHashSet<>(shape.heldOut());
        for (Adjustment adjustment : adjustments) {
            switch (adjustment.kind()) {
                case PIN -> pins.put(adjustment.menteeId(), adjustment.mentorId());
                case UNPIN -> pins.remove(adjustment.menteeId());
                case BAN -> bans.add(adjustment);
                case UNBAN -> bans.removeIf(ban -> ban.menteeId().equals(adjustment.menteeId())
                        && ban.mentorId().equals(adjustment.mentorId()));
                case HOLD_OUT -> {
                    heldOut.add(adjustment.menteeId());
                    pins.remove(adjustment.menteeId());
                }
                case RETURN -> heldOut.remove(adjustment.menteeId());
            }
        }
        Solution solution = solve(schoolId, proposal.form() == null ? null : MentoringForm.valueOf(proposal.form()),
                new HashSet<>(proposal.scope()), new ProposalViews.Shape(pins, bans, List.copyOf(heldOut)));
        commands.sendAndWait(new AdjustProposalCommand(proposalId, schoolId, adjustments, solution,
                expectedVersion == null ? proposal.version() : expectedVersion));
    }

    /** The two mentees exchange their proposed mentors; both pairs are pinned that way. */
    @Transactional
    void swap(String schoolId, String proposalId, String firstMentee, String secondMentee, Long expectedVersion) {
        ProposalView proposal = visible(schoolId, proposalId);
        String firstMentor = mentorOf(proposal, firstMentee);
        String secondMentor = mentorOf(proposal, secondMentee);
        adjust(schoolId, proposalId, List.of(new Adjustment(Adjustment.Kind.PIN, firstMentee, secondMentor),
                new Adjustment(Adjustment.Kind.PIN, secondMentee, firstMentor)), expectedVersion);
    }

    /**
     * The curator confirms: each proposed pair becomes a pair waiting for the head's order; in a form the school runs
     * as groups, a mentor's mentees become one group. All or nothing, in one transaction.
     */
    @Transactional
    List<String> confirm(String schoolId, String municipalityId, String proposalId, Long expectedVersion) {
        // one confirmation at a time per school: the checks below then see every pair confirmed before this one
        pairs.lockSchool(schoolId);
        ProposalView proposal = visible(schoolId, proposalId);
        stillPossible(schoolId, proposal.solution());
        Set<String> groupForms = programmes.settingsOf(schoolId).groupForms();
        Map<String, List<Solution.SolvedPair>> groups = new LinkedHashMap<>();
        List<ConfirmedPair> confirmed = new ArrayList<>();
        for (Solution.SolvedPair pair : proposal.solution().pairs()) {
            if (groupForms.contains(pair.form())) {
                groups.computeIfAbsent(pair.mentorId() + "|" + pair.form(), key -> new ArrayList<>()).add(pair);
            } else {
                confirmed.add(new ConfirmedPair(UUID.randomUUID().toString(), pair.form(), false, pair.mentorId(),
                        List.of(pair.menteeId())));
            }
        }
        groups.values().forEach(members -> confirmed.add(new ConfirmedPair(UUID.randomUUID().toString(),
                members.getFirst().form(), true, members.getFirst().mentorId(),
                members.stream().map(Solution.SolvedPair::menteeId).sorted().toList())));
        LocalDate today = LocalDate.now(clock);
        commands.sendAndWait(new ConfirmProposalCommand(proposalId, schoolId, confirmed, today,
                expectedVersion == null ? proposal.version() : expectedVersion));
        for (ConfirmedPair pair : confirmed) {
            try {
                commands.sendAndWait(new FormPairCommand(pair.pairId(), schoolId, municipalityId, proposalId,
                        MentoringForm.valueOf(pair.form()), pair.group(), pair.mentorId(), pair.menteeIds(), today));
            } catch (org.springframework.dao.DuplicateKeyException placedMeanwhile) {
                // the one-open-pair-per-mentee index: a pair formed past the lock (none does today) placed them
                throw BrokenRule.state("mentee-in-pair", "Наставляемый уже попал в другую пару: подберите заново");
            }
        }
        return confirmed.stream().map(ConfirmedPair::pairId).toList();
    }

    /**
     * A proposal is a picture of the moment it was solved: since then a participant may have withdrawn consent,
     * another proposal may have placed a mentee or filled a mentor's places. Confirming it then would break a rule
     * the solver kept, so the curator is asked to solve again.
     */
    private void stillPossible(String schoolId, Solution solution) {
        Set<String> inPairs = new HashSet<>(pairs.menteesInOpenPairs(schoolId));
        Map<String, Integer> loads = new LinkedHashMap<>(pairs.activeLoadsOfSchool(schoolId));
        for (Solution.SolvedPair pair : solution.pairs()) {
            Candidate mentee = directory.find(pair.menteeId()).orElse(null);
            Candidate mentor = directory.find(pair.mentorId()).orElse(null);
            if (mentee == null || mentor == null || mentee.withdrawn() || mentor.withdrawn()
                    || !mentee.schoolId().equals(schoolId) || !mentor.schoolId().equals(schoolId)) {
                throw BrokenRule.state("participant-gone", "Участник подбора отозвал согласие или выбыл из базы "
                        + "после подбора: подберите пары заново");
            }
            if (inPairs.contains(pair.menteeId())) {
                throw BrokenRule.state("mentee-in-pair", "Наставляемый уже попал в другую пару: подберите заново");
            }
            int load = loads.merge(pair.mentorId(), 1, Integer::sum);
            if (load > mentor.capacity()) {
                throw BrokenRule.state("mentor-full", "У наставника не осталось мест: его места заняли пары, "
                        + "утверждённые после этого подбора. Подберите заново");
            }
        }
    }

    ProposalView visible(String schoolId, String proposalId) {
        return proposals.find(proposalId).filter(proposal -> proposal.schoolId().equals(schoolId))
                .orElseThrow(() -> BrokenRule.notVisible("Подбор не найден"));
    }

    private static String mentorOf(ProposalView proposal, String menteeId) {
        return proposal.solution().pairs().stream().filter(pair -> pair.menteeId().equals(menteeId))
                .map(Solution.SolvedPair::mentorId).findFirst()
                .orElseThrow(() -> BrokenRule.invalid("swap-unmatched",
                        "Поменять наставников можно только у двух предложенных пар"));
    }

    private Solution solve(String schoolId, MentoringForm form, Set<String> scope, ProposalViews.Shape shape) {
        ProgrammeSettings settings = programmes.settingsOf(schoolId);
        Map<String, Integer> loads = pairs.activeLoadsOfSchool(schoolId);
        List<Mentee> mentees = directory.ofSchool(schoolId, "MENTEE").stream()
                .filter(mentee -> scope.contains(mentee.participantId()))
                .map(mentee -> new Mentee(mentee.participantId(), Category.of(mentee.category()), mentee.grade(),
                        mentee.requests()))
                .toList();
        List<Mentor> mentors = directory.ofSchool(schoolId, "MENTOR").stream()
                .map(mentor -> new Mentor(mentor.participantId(), Category.of(mentor.category()), mentor.grade(),
                        ExperienceBand.of(mentor.experienceBand()), mentor.competencies(),
                        mentor.preferredForms().stream().flatMap(code -> MentoringForm.of(code).stream())
                                .collect(Collectors.toSet()),
                        mentor.capacity(), loads.getOrDefault(mentor.participantId(), 0),
                        Selection.valueOf(mentor.selection()), mentor.trained()))
                .toList();
        MatchingSettings matching = new MatchingSettings(new Weights(settings.requestMet(), settings.preferredForm(),
                settings.gradeGap(), settings.gradeGapPenalty(), settings.trained(), settings.noActivePairs()),
                settings.requireTraining(), Objective.valueOf(settings.objective()), settings.idealGradeGap());
        MatchingProblem problem = new MatchingProblem(mentees, mentors, form,
                shape.pins().entrySet().stream().map(pin -> new Pin(pin.getKey(), pin.getValue())).toList(),
                shape.bans().stream().map(ban -> new Ban(ban.menteeId(), ban.mentorId())).collect(Collectors.toSet()),
                Set.copyOf(shape.heldOut()), matching);
        try {
            return solutionOf(Matcher.propose(problem));
        } catch (MatchingRuleViolation violation) {
            throw BrokenRule.invalid("pin-" + violation.code().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'), violation.getMessage());
        }
    }

    static Solution solutionOf(ru.nastavnik.pairing.matching.Proposal proposal) {
        List<Solution.SolvedPair> solved = proposal.pairs().stream()
                .sorted(Comparator.comparing(ru.nastavnik.pairing.matching.ProposedPair::menteeId))
                .map(pair -> new Solution.SolvedPair(pair.menteeId(), pair.mentorId(), pair.form().name(),
                        pair.form().title(), pair.pinned(), pair.score().total(), pair.score().parts().stream()
                        .map(part -> new Solution.Part(part.code(), part.title(), part.points(), part.detail()))
                        .toList(), alternativeOf(pair.alternative())))
                .toList();
        List<Solution.Unmatched> unmatched = proposal.unmatched().stream()
                .map(mentee -> new Solution.Unmatched(mentee.menteeId(), mentee.reason().kind().name(),
                        mentee.reason().explanation(), mentee.reason() instanceof UnmatchedReason.AllEligibleFull full
                        ? full.bestMentors().stream().map(mentor -> new Solution.FullMentor(mentor.mentorId(),
                        mentor.score().total(), mentor.places().capacity(), mentor.places().activeLoad(),
                        mentor.places().pinnedMentees(), mentor.places().proposedMentees())).toList() : List.of()))
                .toList();
        var value = proposal.objective();
        return new Solution(solved, unmatched, new Solution.Objective(value.objective().name(), value.matched(),
                value.totalScore(), value.unmatched(), value.excluded(), value.pinned()));
    }

    private static Solution.Alternative alternativeOf(Alternative alternative) {
        String kind = alternative.kind().name();
        String text = alternative.explanation();
        return switch (alternative) {
            case Alternative.LowerScore lower -> new Solution.Alternative(kind, lower.mentorId(), lower.score().total(),
                    null, text, List.of());
            case Alternative.CapacityTaken taken -> new Solution.Alternative(kind, taken.mentorId(),
                    taken.score().total(), null, text, concat(taken.places().pinnedMentees(),
                    taken.places().proposedMentees()));
            case Alternative.EqualScore equal -> new Solution.Alternative(kind, equal.mentorId(), equal.score().total(),
                    null, text, List.of());
            case Alternative.Ineligible ineligible -> new Solution.Alternative(kind, ineligible.mentorId(),
                    ineligible.score().total(), ineligible.rule().title(), text, List.of());
            default -> new Solution.Alternative(kind, null, null, null, text, List.of());
        };
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
