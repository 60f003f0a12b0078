package ru.nastavnik.pairing.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.pairs.Commands.FixPairCommand;
import ru.nastavnik.pairing.pairs.PairCard;
import ru.nastavnik.pairing.pairs.PairViews;
import ru.nastavnik.pairing.programme.Programmes;
import ru.nastavnik.platform.domain.BrokenRule;

/**
 * Issues the order and fixes its pairs in one transaction (all or none), keeps the orders' read model, and drafts
 * the order's document. Names reach the document only from the school's own request: pairing keeps none.
 */
@Service
@ProcessingGroup("pairing-projection")
class OrderService {

    /** The school year's pairs work until the end of May (the school year's classes). */
    static final MonthDay WORK_ENDS = MonthDay.of(5, 31);

    private final CommandGateway commands;
    private final PairViews pairs;
    private final JdbcClient jdbc;
    private final OrderDocuments documents;
    private final Clock clock;

    OrderService(CommandGateway commands, PairViews pairs, JdbcClient jdbc, OrderDocuments documents, Clock clock) {
        this.commands = commands;
        this.pairs = pairs;
        this.jdbc = jdbc;
        this.documents = documents;
        this.clock = clock;
    }

    record OrderView(String id, String number, LocalDate issuedOn, int pairs) {
    }

    @EventHandler
    void on(Order.OrderIssued event) {
        jdbc.sql("INSERT INTO order_view (id, school_id, number, issued_on, pairs) VALUES (?, ?, ?, ?, ?)")
                .params(event.orderId(), event.schoolId(), event.number(), java.sql.Date.valueOf(event.issuedOn()),
                        event.pairIds().size())
                .update();
    }

    @Transactional
    String issue(String schoolId, String municipalityId, String number, LocalDate issuedOn, List<String> pairIds) {
        // two heads issuing "№ 45" at the same moment: the second waits and then sees the first
        pairs.lockSchool(schoolId);
        String normalised = number == null ? "" : number.strip();
        boolean taken = jdbc.sql("""
                        SELECT count(*) FROM order_view WHERE school_id = ? AND lower(number) = lower(?)
                          AND issued_on BETWEEN ? AND ?""")
                .params(schoolId, normalised, issuedOn == null ? null : java.sql.Date.valueOf(workYearStart(issuedOn)
                                .minusMonths(3)),
                        issuedOn == null ? null : java.sql.Date.valueOf(workYearStart(issuedOn).plusMonths(9)
                                .minusDays(1)))
                .query(Long.class).single() > 0;
        if (taken) {
            throw BrokenRule.state("order-number-taken", "Приказ № " + normalised + " в этом учебном году уже есть");
        }
        for (String pairId : pairIds == null ? List.<String>of() : pairIds) {
            pairs.card(pairId).filter(pair -> pair.schoolId().equals(schoolId))
                    .orElseThrow(() -> BrokenRule.invalid("order-pair-unknown", "Пара не найдена"));
        }
        String orderId = UUID.randomUUID().toString();
        commands.sendAndWait(new Order.IssueOrderCommand(orderId, schoolId, municipalityId, number, issuedOn, pairIds,
                LocalDate.now(clock)));
        for (String pairId : pairIds) {
            commands.sendAndWait(new FixPairCommand(pairId, schoolId, orderId, normalised, issuedOn));
        }
        return orderId;
    }

    List<OrderView> ofSchool(String schoolId) {
        return jdbc.sql("SELECT * FROM order_view WHERE school_id = ? ORDER BY issued_on DESC, number")
                .param(schoolId)
                .query((rs, row) -> new OrderView(rs.getString("id"), rs.getString("number"),
                        rs.getDate("issued_on").toLocalDate(), rs.getInt("pairs")))
                .list();
    }

    /**
     * The order's document for the given pairs (those waiting for an order, or already fixed). {@code names} maps
     * a participant's id to the name the school's page knows; an id without a name stays as its code.
     */
    byte[] draft(String schoolId, List<String> pairIds, String format, String organisationName, String number,
                 LocalDate issuedOn, Map<String, String> names) {
        LocalDate from = issuedOn == null ? LocalDate.now(clock) : issuedOn;
        LocalDate to = WORK_ENDS.atYear(workYearStart(from).getYear() + 1);
        List<OrderDraft.Row> rows = new ArrayList<>();
        int n = 0;
        for (String pairId : pairIds) {
            PairCard pair = pairs.card(pairId).filter(found -> found.schoolId().equals(schoolId))
                    .orElseThrow(() -> BrokenRule.invalid("order-pair-unknown", "Пара не найдена"));
            rows.add(new OrderDraft.Row(++n, pair.formTitle(), pair.group(), names.getOrDefault(pair.mentorId(),
                    pair.mentorId()), pair.mentees().stream().filter(member -> member.leftOn() == null)
                    .map(member -> names.getOrDefault(member.participantId(), member.participantId())).toList(),
                    pair.fixedOn() == null ? from : pair.fixedOn(), to));
        }
        int start = workYearStart(from).getYear();
        OrderDraft draft = new OrderDraft(organisationName, number, issuedOn, start + "/" + (start + 1), rows);
        return "PDF".equalsIgnoreCase(format) ? documents.pdf(draft) : documents.docx(draft);
    }

    /**
     * The school year whose pairs an order of this date fixes: until the work ends in May, the current one; an
     * order of June, July or August fixes pairs for the year that starts in September.
     */
    static LocalDate workYearStart(LocalDate date) {
        return LocalDate.of(date.getMonthValue() > WORK_ENDS.getMonthValue() ? date.getYear() : date.getYear() - 1,
                9, 1);
    }

}
