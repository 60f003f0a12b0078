package ru.nastavnik.registry.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.web.NotFoundException;
import ru.nastavnik.platform.web.RuleViolationException;

/**
 * A practice for the municipality's bank of effective practices, or a programme for its base of mentoring
 * programmes: published by a school (or the department), revised or withdrawn only by it.
 */
@Aggregate
class Publication {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final int MIN_SUMMARY = 30;

    @AggregateIdentifier
    private String publicationId;
    private String ownerId;
    private PublicationKind kind;
    private boolean withdrawn;

    Publication() {
        // for Axon
    }

    @CommandHandler
    Publication(PublishCommand command) {
        requireContent(command.kind(), command.title(), command.summary(), command.link(), command.period());
        apply(new Published(command.publicationId(), command.kind(), command.schoolId(), command.municipalityId(),
                command.title().strip(), command.form(), command.summary().strip(), strip(command.results()),
                strip(command.link()), strip(command.period())));
    }

    @CommandHandler
    void handle(RevisePublicationCommand command) {
        requireOwner(command.actingOrganisationId());
        if (withdrawn) {
            throw RuleViolationException.conflict("publication-withdrawn", "Публикация снята: изменить её нельзя");
        }
        requireContent(kind, command.title(), command.summary(), command.link(), command.period());
        apply(new PublicationRevised(publicationId, command.title().strip(), command.form(), command.summary().strip(),
                strip(command.results()), strip(command.link()), strip(command.period())));
    }

    @CommandHandler
    void handle(WithdrawPublicationCommand command) {
        requireOwner(command.actingOrganisationId());
        if (withdrawn) {
            throw RuleViolationException.conflict("publication-withdrawn", "Публикация уже снята");
        }
        apply(new PublicationWithdrawn(publicationId));
    }

    private static void requireContent(PublicationKind kind, String title, String summary, String link,
                                       String period) {
        if (title == null || title.isBlank()) {
            throw RuleViolationException.unprocessable("title-required", "Укажите название");
        }
        if (summary == null || summary.strip().length() < MIN_SUMMARY) {
            throw RuleViolationException.unprocessable("summary-too-short",
                    "Опишите суть хотя бы в двух-трёх предложениях: коллегам нужно понять, что было сделано");
        }
        if (link != null && !link.isBlank() && !LINK.matcher(link.strip()).matches()) {
            throw RuleViolationException.unprocessable("link-format",
                    "Ссылка должна начинаться с http:// или https://");
        }
        if (kind == PublicationKind.PROGRAMME) {
            var year = SCHOOL_YEAR.matcher(period == null ? "" : period.strip());
            if (!year.matches() || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
                throw RuleViolationException.unprocessable("programme-period",
                        "Укажите учебный год программы, например 2026/2027");
            }
        }
    }

    /** Only who published revises or withdraws; anyone else is answered as if it were not there. */
    private void requireOwner(String actingOrganisationId) {
        if (!ownerId.equals(actingOrganisationId)) {
            throw new NotFoundException("Публикация не найдена");
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    @EventSourcingHandler
    void on(Published event) {
        publicationId = event.publicationId();
        kind = event.kind();
        ownerId = event.schoolId() != null ? event.schoolId() : event.municipalityId();
    }

    @EventSourcingHandler
    void on(PublicationWithdrawn event) {
        withdrawn = true;
    }
}
