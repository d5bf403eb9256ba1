package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.commitments.DemoPledges;
import org.gsi.commitments.PledgeId;
import org.gsi.commitments.PledgeUnit;
import org.gsi.commitments.Quantity;
import org.gsi.commitments.ReportDelivery;
import org.gsi.registry.PartyCode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo pledges, labelled as such: the 5,000 training places of the Concept Paper (its deliveries come from
 * completed demo courses) and an illustrative financial pledge to AU peace operations with two deliveries.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class CommitmentsDemo implements ApplicationRunner {

    private final PledgeStore store;
    private final PledgeRequests requests;
    private final CommitmentService service;
    private final AuditLog audit;

    CommitmentsDemo(PledgeStore store, PledgeRequests requests, CommitmentService service, AuditLog audit) {
        this.store = store;
        this.requests = requests;
        this.service = service;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.exists(DemoPledges.TRAINING_PLACES.value())) {
            return;
        }
        service.make(new PledgeRow(
                DemoPledges.TRAINING_PLACES.value(),
                "CHN",
                "[Demo] 5,000 training opportunities in the next five years for professionals from developing countries"
                        + " to address global security issues",
                "TRAINING_PLACES",
                null,
                new BigDecimal("5000"),
                LocalDate.of(2023, 2, 21),
                LocalDate.of(2028, 2, 20),
                List.of("III.1", "III.12", "III.19"),
                "developing",
                List.of(),
                requests.participants("developing", List.of()),
                "document",
                "The Global Security Initiative Concept Paper",
                "PUBLIC",
                BigDecimal.ZERO,
                true,
                0));
        UUID au = DemoPledges.AU_FINANCE.value();
        service.make(new PledgeRow(
                au,
                "CHN",
                "[Demo] Financial assistance to African Union-led peace support operations (illustrative amount)",
                "MONEY",
                "USD",
                new BigDecimal("10000000"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                List.of("III.8", "III.1"),
                "parties",
                List.of("au"),
                List.of("au"),
                "document",
                "The Global Security Initiative Concept Paper",
                "PUBLIC",
                BigDecimal.ZERO,
                true,
                0));
        delivery(au, "4000000", LocalDate.of(2024, 6, 30), "First tranche transferred");
        delivery(au, "3000000", LocalDate.of(2025, 6, 30), "Second tranche transferred");
        audit.recordSystem("demo scenario", "create", "pledge", au.toString(), "Demo pledges added");
    }

    /** A tranche reported by China through the pledge, as its focal point would report it. */
    private void delivery(UUID pledge, String amount, LocalDate on, String evidence) {
        service.recordObserved(
                new PledgeId(pledge),
                new ReportDelivery(
                        PartyCode.of("CHN"),
                        new Quantity(new BigDecimal(amount), PledgeUnit.money("USD")),
                        on,
                        Optional.of(PartyCode.of("au")),
                        "[Demo] " + evidence,
                        Optional.empty(),
                        Optional.empty()),
                "demo scenario");
    }
}
