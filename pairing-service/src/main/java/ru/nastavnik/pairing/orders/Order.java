package ru.nastavnik.pairing.orders;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import ru.nastavnik.platform.domain.BrokenRule;

/** The head's order that fixes pairs and groups (приказ о закреплении наставнических пар (групп)). */
@Aggregate
class Order {

    static final int MAX_NUMBER_LENGTH = 50;

    record IssueOrderCommand(@TargetAggregateIdentifier String orderId, String schoolId, String municipalityId,
                             String number, LocalDate issuedOn, List<String> pairIds, LocalDate today) {
    }

    record OrderIssued(String orderId, String schoolId, String municipalityId, String number, LocalDate issuedOn,
                       List<String> pairIds) {
    }

    @AggregateIdentifier
    private String orderId;

    Order() {
        // for Axon
    }

    @CommandHandler
    Order(IssueOrderCommand command) {
        String number = command.number() == null ? "" : command.number().strip();
        if (number.isEmpty() || number.length() > MAX_NUMBER_LENGTH) {
            throw BrokenRule.invalid("order-number", "Укажите номер приказа (не длиннее " + MAX_NUMBER_LENGTH + " символов)");
        }
        if (command.issuedOn() == null || command.issuedOn().isAfter(command.today())) {
            throw BrokenRule.invalid("order-date", "Дата приказа не может быть позже сегодняшнего дня");
        }
        if (command.pairIds() == null || command.pairIds().isEmpty()) {
            throw BrokenRule.invalid("order-pairs", "Выберите пары и группы, которые закрепляет приказ");
        }
        if (new HashSet<>(command.pairIds()).size() != command.pairIds().size()) {
            throw BrokenRule.invalid("order-pair-twice", "Пара указана в приказе дважды");
        }
        apply(new OrderIssued(command.orderId(), command.schoolId(), command.municipalityId(), number,
                command.issuedOn(), List.copyOf(command.pairIds())));
    }

    @EventSourcingHandler
    void on(OrderIssued event) {
        orderId = event.orderId();
    }
}
