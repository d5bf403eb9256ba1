package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gsi.commitments.DeliveryId;
import org.gsi.commitments.DeliveryNotFoundException;
import org.gsi.commitments.DeliveryRecorded;
import org.gsi.commitments.InvalidDeliveryException;
import org.gsi.commitments.NotTheBeneficiaryException;
import org.gsi.commitments.NotThePledgingPartyException;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeStatus;
import org.gsi.commitments.PledgeSummary;
import org.gsi.commitments.ReceiptConfirmed;
import org.gsi.commitments.ReportDelivery;
import org.gsi.commitments.WrongUnitException;
import org.gsi.platform.Message;
import org.gsi.registry.BeneficiaryRule;
import org.gsi.registry.CountryGroup;
import org.gsi.registry.PartyAttributes;
import org.gsi.registry.PartyCode;

/**
 * A pledge and its delivery ledger. Only the pledging party adds deliveries; a delivery from a
 * source already counted is ignored, so a course completion reported twice counts once.
 */
final class Pledge {

    private final PledgeId id;
    private final PledgeTerms terms;
    private final Map<DeliveryId, Delivery> deliveries = new LinkedHashMap<>();
    private final Set<String> countedSources = new HashSet<>();
    private final TreeMap<LocalDate, BigDecimal> deliveredPerDay = new TreeMap<>();
    private BigDecimal deliveredTotal = BigDecimal.ZERO;
    private final List<Object> events = new ArrayList<>();

    private Pledge(PledgeId id, PledgeTerms terms) {
        this.id = id;
        this.terms = terms;
    }

    static Pledge make(PledgeId id, PledgeTerms terms) {
        Pledge pledge = new Pledge(id, terms);
        return pledge;
    }

    /** Rebuilds a stored pledge with its ledger as it was saved, without recording any event; for loading only. */
    static Pledge restore(PledgeId id, PledgeTerms terms, List<Delivery> deliveries) {
        Pledge pledge = new Pledge(id, terms);
        deliveries.forEach(pledge::putBack);
        return pledge;
    }

    /** Records the delivery; empty when its source key was already counted. */
    Optional<DeliveryId> record(ReportDelivery report, PartyAttributes attributes) {
        if (!report.reporter().equals(terms.pledger())) {
            throw new NotThePledgingPartyException(report.reporter(), terms.pledger());
        }
        checkDelivery(report, attributes);
        if (report.sourceKey().isPresent()
                && !countedSources.add(report.sourceKey().get())) {
            return Optional.empty();
        }
        Delivery delivery = new Delivery(
                DeliveryId.random(),
                report.quantity(),
                report.date(),
                report.beneficiary(),
                report.evidence(),
                report.link(),
                report.sourceKey(),
                Optional.empty());
        deliveries.put(delivery.id(), delivery);
        deliveredPerDay.merge(delivery.date(), delivery.quantity().amount(), BigDecimal::add);
        deliveredTotal = deliveredTotal.add(delivery.quantity().amount());
        events.add(new DeliveryRecorded(id, delivery.id(), terms.pledger(), delivery.quantity(), delivery.date()));
        return Optional.of(delivery.id());
    }

    private void checkDelivery(ReportDelivery report, PartyAttributes attributes) {
        if (!report.quantity().unit().equals(terms.unit())) {
            throw new WrongUnitException(report.quantity().unit(), terms.unit());
        }
        if (report.quantity().amount().signum() <= 0) {
            throw new InvalidDeliveryException(Message.of(
                    "commitments.refused.notPositive", report.quantity().amount()));
        }
        if (!terms.period().contains(report.date())) {
            throw new InvalidDeliveryException(Message.of(
                    "commitments.refused.outsidePeriod",
                    report.date(),
                    terms.period().start(),
                    terms.period().end()));
        }
        report.beneficiary().ifPresent(party -> {
            if (!terms.beneficiaries().covers(party, attributes)) {
                throw new InvalidDeliveryException(Message.of(
                        "commitments.refused.notBeneficiary", party.value(), beneficiaries(terms.beneficiaries())));
            }
        });
    }

    /** Who a rule lets benefit, in the reader's words: the parties named, a group of countries, a mechanism's members. */
    static Message beneficiaries(BeneficiaryRule rule) {
        if (rule instanceof BeneficiaryRule.SpecificParties p) {
            return Message.of(
                    "commitments.beneficiaries.parties",
                    String.join(
                            ", ",
                            p.parties().stream().map(PartyCode::value).sorted().toList()));
        }
        if (rule instanceof BeneficiaryRule.MembersOf m) {
            return Message.of("commitments.beneficiaries.members", m.mechanism());
        }
        CountryGroup group = ((BeneficiaryRule.InGroup) rule).group();
        return Message.of("commitments.rule."
                + switch (group) {
                    case DEVELOPING -> "developing";
                    case LEAST_DEVELOPED -> "ldc";
                    case SMALL_ISLAND_DEVELOPING -> "sids";
                    case LANDLOCKED_DEVELOPING -> "lldc";
                });
    }

    private void putBack(Delivery delivery) {
        deliveries.put(delivery.id(), delivery);
        delivery.sourceKey().ifPresent(countedSources::add);
        deliveredPerDay.merge(delivery.date(), delivery.quantity().amount(), BigDecimal::add);
        deliveredTotal = deliveredTotal.add(delivery.quantity().amount());
    }

    /** The beneficiary named on the delivery confirms its receipt, once; a second confirmation changes nothing. */
    void confirmReceipt(PartyCode confirmer, DeliveryId deliveryId, LocalDate on) {
        Delivery delivery = delivery(deliveryId).orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
        if (!delivery.beneficiary().filter(confirmer::equals).isPresent()) {
            throw new NotTheBeneficiaryException(confirmer, deliveryId);
        }
        if (delivery.confirmedOn().isEmpty()) {
            deliveries.put(deliveryId, delivery.confirmed(on));
            events.add(new ReceiptConfirmed(id, deliveryId, confirmer, on));
        }
    }

    BigDecimal deliveredBy(LocalDate day) {
        if (deliveredPerDay.isEmpty() || !day.isBefore(deliveredPerDay.lastKey())) {
            return deliveredTotal;
        }
        return deliveredPerDay.headMap(day, true).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    PledgeStatus statusOn(LocalDate day, StatusPolicy policy) {
        return policy.status(terms.target(), terms.period(), deliveredBy(day), day);
    }

    PledgeSummary summaryOn(LocalDate day, StatusPolicy policy) {
        return new PledgeSummary(
                id,
                terms.pledger(),
                terms.text(),
                terms.unit(),
                terms.target(),
                deliveredBy(day),
                statusOn(day, policy),
                terms.priorityAreas(),
                terms.visibility());
    }

    Optional<Delivery> delivery(DeliveryId deliveryId) {
        return Optional.ofNullable(deliveries.get(deliveryId));
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries.values());
    }

    PledgeId id() {
        return id;
    }

    PledgeTerms terms() {
        return terms;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
