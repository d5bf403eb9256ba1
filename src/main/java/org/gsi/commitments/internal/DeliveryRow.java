package org.gsi.commitments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A delivery as stored and shown. */
record DeliveryRow(
        UUID id,
        UUID pledgeId,
        BigDecimal quantity,
        LocalDate date,
        String beneficiary,
        String evidence,
        String linkKind,
        UUID linkId,
        String sourceKey,
        String reportedBy,
        LocalDate confirmedOn) {}
