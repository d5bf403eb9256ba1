package org.gsi.commitments;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gsi.registry.PartyCode;

/**
 * A delivery reported against a pledge. The source key identifies where it came from (e.g. one
 * course completion), so the same source counts exactly once however often it is reported.
 */
public record ReportDelivery(
        PartyCode reporter,
        Quantity quantity,
        LocalDate date,
        Optional<PartyCode> beneficiary,
        String evidence,
        Optional<DeliveryLink> link,
        Optional<String> sourceKey) {

    public ReportDelivery {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(beneficiary, "beneficiary");
        evidence = evidence == null ? "" : evidence;
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(sourceKey, "source key");
    }

    public static ReportDelivery of(PartyCode reporter, Quantity quantity, LocalDate date) {
        return new ReportDelivery(reporter, quantity, date, Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    public ReportDelivery to(PartyCode party) {
        return new ReportDelivery(reporter, quantity, date, Optional.of(party), evidence, link, sourceKey);
    }

    public ReportDelivery withSource(String key, DeliveryLink via) {
        return new ReportDelivery(reporter, quantity, date, beneficiary, evidence, Optional.of(via), Optional.of(key));
    }
}
