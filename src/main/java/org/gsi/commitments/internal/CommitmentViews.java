package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and views of the commitments API. */
final class CommitmentViews {

    private CommitmentViews() {}

    /** A new pledge; {@code beneficiaryRule} is parties, developing, ldc, sids, lldc or members. */
    record PledgeRequest(
            String pledger,
            String text,
            String unit,
            String currency,
            BigDecimal target,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> priorityAreas,
            String beneficiaryRule,
            List<String> beneficiaries,
            String madeAtKind,
            String madeAtReference,
            String visibility) {}

    /** What may change on a pledge; absent fields keep their value. */
    record PledgeUpdate(
            String text, BigDecimal target, LocalDate periodEnd, List<String> priorityAreas, String visibility) {}

    record PledgeView(
            UUID id,
            String pledger,
            String pledgerName,
            String text,
            String unit,
            String currency,
            BigDecimal target,
            BigDecimal delivered,
            BigDecimal expected,
            int progressPercent,
            String status,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> priorityAreas,
            String beneficiaryRule,
            List<String> beneficiaries,
            String beneficiariesDescription,
            String madeAtKind,
            String madeAtReference,
            String visibility,
            boolean demo,
            long version) {}

    /** A delivery report; {@code unit} (and {@code currency} for money) must be the pledge's. */
    record DeliveryRequest(
            BigDecimal quantity,
            String unit,
            String currency,
            LocalDate date,
            String beneficiary,
            String evidence,
            String linkKind,
            UUID linkId) {}

    record DeliveryView(
            UUID id,
            UUID pledgeId,
            BigDecimal quantity,
            LocalDate date,
            String beneficiary,
            String evidence,
            String linkKind,
            UUID linkId,
            String reportedBy,
            LocalDate confirmedOn) {

        static DeliveryView of(DeliveryRow d) {
            return new DeliveryView(
                    d.id(),
                    d.pledgeId(),
                    d.quantity(),
                    d.date(),
                    d.beneficiary(),
                    d.evidence(),
                    d.linkKind(),
                    d.linkId(),
                    d.reportedBy(),
                    d.confirmedOn());
        }
    }

    /** One pledge in full: its terms, ledger and progress path. */
    record PledgeDetail(
            PledgeView pledge, List<DeliveryView> deliveries, List<org.gsi.commitments.ProgressPoint> progress) {}
}
