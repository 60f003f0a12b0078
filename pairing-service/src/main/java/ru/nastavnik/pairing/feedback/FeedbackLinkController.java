package ru.nastavnik.pairing.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.pairing.pairs.Commands.GiveFeedbackCommand;
import ru.nastavnik.pairing.pairs.FeedbackAuthor;
import ru.nastavnik.pairing.pairs.PairActor;
import ru.nastavnik.pairing.pairs.PairCard;
import ru.nastavnik.pairing.pairs.PairStatus;
import ru.nastavnik.pairing.pairs.PairViews;
import ru.nastavnik.pairing.privacy.PairTexts;
import ru.nastavnik.platform.domain.BrokenRule;
import ru.nastavnik.platform.security.Caller;

/**
 * A pupil's feedback without an account: the mentor (or the curator) asks for a one-time link for one mentee and
 * one meeting; the pupil opens it, sees only that meeting, and answers once.
 */
@RestController
@Tag(name = "Обратная связь наставляемого по одноразовой ссылке")
class FeedbackLinkController {

    private final FeedbackLinks links;
    private final PairViews pairs;
    private final PairTexts texts;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FeedbackLinkController(FeedbackLinks links, PairViews pairs, PairTexts texts, CommandGateway commands,
                           TransactionTemplate transactions, Clock clock) {
        this.links = links;
        this.pairs = pairs;
        this.texts = texts;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
    }

    record LinkRequest(@NotBlank(message = "укажите наставляемого") @Size(max = 64) String menteeId) {
    }

    /** @param path the page the pupil opens on the platform's own address */
    record IssuedLink(String token, String path, Instant expiresAt) {
    }

    /** What the pupil's page shows: the meeting, nothing else. */
    record MeetingForFeedback(String kindTitle, LocalDate heldOn, String formTitle, Instant expiresAt) {
    }

    record PupilFeedback(@Min(value = 1, message = "оценка от 1 до 5") @Max(value = 5, message = "оценка от 1 до 5") int score,
                         @Size(max = 2000, message = "не длиннее 2000 символов") String comment,
                         boolean notAGoodFit) {
    }

    @PostMapping("/api/pairing/pairs/{pairId}/meetings/{meetingId}/feedback-links")
    @Operation(summary = "Одноразовая ссылка для наставляемого на обратную связь по встрече (действует 14 дней)")
    IssuedLink issue(Caller caller, @PathVariable String pairId, @PathVariable String meetingId,
                     @Valid @RequestBody LinkRequest request) {
        caller.requireAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD, Caller.MENTOR);
        String schoolId = caller.requireSchool();
        boolean staff = caller.hasAnyRole(Caller.SCHOOL_CURATOR, Caller.SCHOOL_HEAD);
        PairCard pair = pairs.card(pairId).filter(found -> found.schoolId().equals(schoolId))
                .filter(found -> staff || found.mentorId().equals(caller.requireParticipant()))
                .orElseThrow(() -> BrokenRule.notVisible("Пара не найдена"));
        if (!PairStatus.ACTIVE.name().equals(pair.status())) {
            throw BrokenRule.state("pair-not-active", "Ссылки на обратную связь — для встреч работающей пары");
        }
        if (pair.meetings().stream().noneMatch(meeting -> meeting.id().equals(meetingId))) {
            throw BrokenRule.notVisible("Встреча не найдена");
        }
        if (pair.mentees().stream().noneMatch(member -> member.participantId().equals(request.menteeId())
                && member.leftOn() == null)) {
            throw BrokenRule.invalid("not-a-mentee-of-pair", "Это не наставляемый этой пары");
        }
        String token = links.issue(pairId, meetingId, request.menteeId());
        return new IssuedLink(token, "/feedback/" + token, clock.instant().plus(FeedbackLinks.VALID_FOR));
    }

    @GetMapping("/api/pairing/public/feedback/{token}")
    @Operation(summary = "Страница наставляемого: какая встреча (без входа, по подписанной ссылке)")
    MeetingForFeedback meeting(@PathVariable String token) {
        FeedbackLinks.Link link = links.open(token);
        PairCard pair = pairs.card(link.pairId()).orElseThrow(() -> BrokenRule.notVisible("Ссылка не найдена"));
        PairCard.MeetingView meeting = pair.meetings().stream().filter(m -> m.id().equals(link.meetingId()))
                .findFirst().orElseThrow(() -> BrokenRule.notVisible("Ссылка не найдена"));
        return new MeetingForFeedback(meeting.kindTitle(), meeting.heldOn(), pair.formTitle(), link.expiresAt());
    }

    @PostMapping("/api/pairing/public/feedback/{token}")
    @Operation(summary = "Ответ наставляемого: оценка 1–5, комментарий, «пара не сложилась»; один раз")
    ResponseEntity<Void> answer(@PathVariable String token, @Valid @RequestBody PupilFeedback feedback) {
        FeedbackLinks.Link link = links.open(token);
        PairCard pair = pairs.card(link.pairId()).orElseThrow(() -> BrokenRule.notVisible("Ссылка не найдена"));
        transactions.executeWithoutResult(status -> {
            if (!links.use(link)) {
                throw BrokenRule.state("link-used", "По этой ссылке уже ответили: ссылка одноразовая");
            }
            commands.sendAndWait(new GiveFeedbackCommand(link.pairId(), PairActor.platform(pair.schoolId()),
                    link.meetingId(), FeedbackAuthor.MENTEE, link.menteeId(), feedback.score(),
                    texts.sealForPerson(link.menteeId(), feedback.comment()), feedback.notAGoodFit(),
                    LocalDate.now(clock)));
        });
        return ResponseEntity.noContent().build();
    }
}
