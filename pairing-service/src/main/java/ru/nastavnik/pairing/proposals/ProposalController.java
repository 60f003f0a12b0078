package ru.nastavnik.pairing.proposals;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.contracts.vocabulary.MentoringForm;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.web.IfMatch;

/**
 * Matching for a school: a proposal from the engine, shaped by the curator (pin, ban, swap, hold out), confirmed
 * into pairs and groups. Every change is solved again and answered with the new proposal and the objective before
 * it. The school's curator and head only; {@code If-Match} with the proposal's version guards against two people
 * shaping the same board.
 */
@RestController
@RequestMapping("/api/pairing/proposals")
@Tag(name = "Подбор наставнических пар")
class ProposalController {

    private final ProposalService service;
    private final ProposalViews views;

    ProposalController(ProposalService service, ProposalViews views) {
        this.service = service;
        this.views = views;
    }

    /** @param form a form's code or title, or empty for all forms at once; @param menteeIds for a re-pairing */
    record ProposalRequest(@Size(max = 60) String form, @Size(max = 500) List<@Size(max = 64) String> menteeIds) {
    }

    record PairRequest(@NotBlank(message = "укажите наставляемого") @Size(max = 64) String menteeId,
                       @NotBlank(message = "укажите наставника") @Size(max = 64) String mentorId) {
    }

    record SwapRequest(@NotBlank(message = "укажите первого наставляемого") @Size(max = 64) String firstMenteeId,
                       @NotBlank(message = "укажите второго наставляемого") @Size(max = 64) String secondMenteeId) {
    }

    record MenteeRequest(@NotBlank(message = "укажите наставляемого") @Size(max = 64) String menteeId) {
    }

    record Confirmation(String proposalId, List<String> pairIds) {
    }

    @PostMapping
    @Operation(summary = "Подобрать пары: по одной форме или по всем сразу; menteeIds — повторный подбор "
            + "наставляемым, чьи пары расформированы (без прежних наставников)")
    ResponseEntity<ProposalView> draft(Caller caller, @Valid @RequestBody ProposalRequest request) {
        String schoolId = staff(caller);
        MentoringForm form = request.form() == null || request.form().isBlank() ? null
                : MentoringForm.of(request.form()).orElseThrow(() -> BrokenRule.invalid("form-unknown",
                "Неизвестная форма наставничества: " + request.form()));
        String proposalId = service.draft(schoolId, caller.requireMunicipality(), form, request.menteeIds());
        return ResponseEntity.created(URI.create("/api/pairing/proposals/" + proposalId))
                .body(service.visible(schoolId, proposalId));
    }

    @GetMapping
    @Operation(summary = "Последние подборы организации")
    List<ProposalView> list(Caller caller) {
        return views.ofSchool(staff(caller));
    }

    @GetMapping("/{proposalId}")
    @Operation(summary = "Подбор: пары с баллами и их составом, лучшая альтернатива и почему она проиграла, "
            + "неподобранные с причинами")
    ResponseEntity<ProposalView> get(Caller caller, @PathVariable String proposalId) {
        ProposalView proposal = service.visible(staff(caller), proposalId);
        return ResponseEntity.ok().eTag("\"" + proposal.version() + "\"").body(proposal);
    }

    @PostMapping("/{proposalId}/pins")
    @Operation(summary = "Закрепить пару в подборе (остальное подбирается заново вокруг неё)")
    ResponseEntity<ProposalView> pin(Caller caller, @PathVariable String proposalId,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody PairRequest request) {
        return adjusted(caller, proposalId, ifMatch, new Adjustment(Adjustment.Kind.PIN, request.menteeId(),
                request.mentorId()));
    }

    @DeleteMapping("/{proposalId}/pins/{menteeId}")
    @Operation(summary = "Снять закрепление пары")
    ResponseEntity<ProposalView> unpin(Caller caller, @PathVariable String proposalId, @PathVariable String menteeId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return adjusted(caller, proposalId, ifMatch, new Adjustment(Adjustment.Kind.UNPIN, menteeId, null));
    }

    @PostMapping("/{proposalId}/bans")
    @Operation(summary = "Запретить пару: этот наставник не будет предложен этому наставляемому")
    ResponseEntity<ProposalView> ban(Caller caller, @PathVariable String proposalId,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody PairRequest request) {
        return adjusted(caller, proposalId, ifMatch, new Adjustment(Adjustment.Kind.BAN, request.menteeId(),
                request.mentorId()));
    }

    @DeleteMapping("/{proposalId}/bans")
    @Operation(summary = "Снять запрет пары: наставник снова может быть предложен этому наставляемому")
    ResponseEntity<ProposalView> unban(Caller caller, @PathVariable String proposalId,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                       @RequestParam @Size(max = 64) String menteeId,
                                       @RequestParam @Size(max = 64) String mentorId) {
        return adjusted(caller, proposalId, ifMatch, new Adjustment(Adjustment.Kind.UNBAN, menteeId, mentorId));
    }

    @PostMapping("/{proposalId}/swaps")
    @Operation(summary = "Поменять наставников у двух предложенных пар (обе пары закрепляются так)")
    ResponseEntity<ProposalView> swap(Caller caller, @PathVariable String proposalId,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody SwapRequest request) {
        String schoolId = staff(caller);
        service.swap(schoolId, proposalId, request.firstMenteeId(), request.secondMenteeId(),
                IfMatch.expectedVersion(ifMatch));
        return get(caller, proposalId);
    }

    @PostMapping("/{proposalId}/holds")
    @Operation(summary = "Убрать наставляемого из этого подбора")
    ResponseEntity<ProposalView> holdOut(Caller caller, @PathVariable String proposalId,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody MenteeRequest request) {
        return adjusted(caller, proposalId, ifMatch, new Adjustment(Adjustment.Kind.HOLD_OUT, request.menteeId(), null));
    }

    @DeleteMapping("/{proposalId}/holds/{menteeId}")
    @Operation(summary = "Вернуть наставляемого в подбор")
    ResponseEntity<ProposalView> giveBack(Caller caller, @PathVariable String proposalId, @PathVariable String menteeId,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return adjusted(caller, proposalId, ifMatch, new Adjustment(Adjustment.Kind.RETURN, menteeId, null));
    }

    @PostMapping("/{proposalId}/confirmation")
    @Operation(summary = "Утвердить подбор: пары и группы сформированы и ждут приказа руководителя")
    Confirmation confirm(Caller caller, @PathVariable String proposalId,
                         @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        String schoolId = staff(caller);
        return new Confirmation(proposalId, service.confirm(schoolId, caller.requireMunicipality(), proposalId,
                IfMatch.expectedVersion(ifMatch)));
    }

    private ResponseEntity<ProposalView> adjusted(Caller caller, String proposalId, String ifMatch,
                                                  Adjustment adjustment) {
        service.adjust(staff(caller), proposalId, List.of(adjustment), IfMatch.expectedVersion(ifMatch));
        return get(caller, proposalId);
    }

    private static String staff(Caller caller) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        return caller.requireSchool();
    }
}
