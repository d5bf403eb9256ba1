package org.gsi.earlywarning.internal.alerts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gsi.platform.Message;

/** Requests and responses of the alerts API. */
public final class AlertViews {

    private AlertViews() {}

    /**
     * A rule: {@code scope} global, country or situation; {@code kind} escalation (k, minRise), onset (quietMonths),
     * threshold-crossing (threshold) or forecast-probability (probability, horizon); {@code metric} events or
     * fatalities (p_gt_0 or p_gt_25 for forecast probabilities); {@code category} narrows counts to one event
     * category.
     */
    public record RuleRequest(
            String scope,
            String country,
            UUID situationId,
            String kind,
            String metric,
            String category,
            Double k,
            Double minRise,
            Double threshold,
            Integer quietMonths,
            Double probability,
            Integer horizon,
            Boolean enabled) {}

    public record RuleView(
            UUID id,
            String scope,
            String country,
            UUID situationId,
            String kind,
            String metric,
            String category,
            Double k,
            Double minRise,
            Double threshold,
            Integer quietMonths,
            Double probability,
            Integer horizon,
            boolean enabled,
            String ownerParty,
            String createdBy,
            long version,
            Instant createdAt) {}

    public record AlertView(
            UUID id,
            UUID ruleId,
            String kind,
            String metric,
            String country,
            String unit,
            String month,
            UUID situationId,
            Message explanation,
            Map<String, Double> numbers,
            Instant createdAt) {}

    /** {@code targetKind}: country (ISO3), region (M49 code), domain (security domain code) or situation (id). */
    public record SubscriptionRequest(String targetKind, String target) {}

    public record SubscriptionView(UUID id, String party, String targetKind, String target, Instant createdAt) {}
}
