package org.gsi.earlywarning.internal.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleRequest;
import org.gsi.earlywarning.internal.alerts.AlertViews.RuleView;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * The rule form as typed: text fields kept as entered so that a refused form shows them again, turned into the
 * API's {@link RuleRequest} for the same service.
 */
record RuleForm(
        String scope,
        String country,
        String situationId,
        String kind,
        String metric,
        String category,
        String k,
        String minRise,
        String threshold,
        String quietMonths,
        String probability,
        String horizon,
        boolean enabled,
        long version) {

    static RuleForm blank() {
        return new RuleForm("global", "", "", "escalation", "fatalities", "", "", "", "", "12", "", "1", true, 0);
    }

    static RuleForm of(Map<String, String> p) {
        return new RuleForm(
                text(p, "scope"),
                text(p, "country"),
                text(p, "situationId"),
                text(p, "kind"),
                text(p, "metric"),
                text(p, "category"),
                text(p, "k"),
                text(p, "minRise"),
                text(p, "threshold"),
                text(p, "quietMonths"),
                text(p, "probability"),
                text(p, "horizon"),
                p.containsKey("enabled"),
                version(p.get("version")));
    }

    static RuleForm of(RuleView r) {
        return new RuleForm(
                r.scope().toLowerCase(Locale.ROOT),
                r.country() == null ? "" : r.country(),
                r.situationId() == null ? "" : r.situationId().toString(),
                r.kind().toLowerCase(Locale.ROOT).replace('_', '-'),
                r.metric(),
                r.category() == null ? "" : r.category(),
                show(r.k()),
                show(r.minRise()),
                show(r.threshold()),
                r.quietMonths() == null ? "" : r.quietMonths().toString(),
                show(r.probability()),
                r.horizon() == null ? "" : r.horizon().toString(),
                r.enabled(),
                r.version());
    }

    /** The same rule switched on or off, as read at {@code readVersion}. */
    RuleForm switched(boolean on, long readVersion) {
        return new RuleForm(
                scope,
                country,
                situationId,
                kind,
                metric,
                category,
                k,
                minRise,
                threshold,
                quietMonths,
                probability,
                horizon,
                on,
                readVersion);
    }

    /** The same values as typed, to be saved on top of {@code newerVersion}. */
    RuleForm atVersion(long newerVersion) {
        return switched(enabled, newerVersion);
    }

    /** The changeable fields where {@code stored} differs from this form, with the stored value. */
    Map<String, String> differencesFrom(RuleForm stored) {
        Map<String, String> out = new LinkedHashMap<>();
        differs(out, "kind", kind, stored.kind);
        differs(out, "metric", metric, stored.metric);
        differs(out, "category", category, stored.category);
        differs(out, "k", k, stored.k);
        differs(out, "minRise", minRise, stored.minRise);
        differs(out, "threshold", threshold, stored.threshold);
        differs(out, "quietMonths", quietMonths, stored.quietMonths);
        differs(out, "probability", probability, stored.probability);
        differs(out, "horizon", horizon, stored.horizon);
        differs(out, "enabled", Boolean.toString(enabled), Boolean.toString(stored.enabled));
        return out;
    }

    private static void differs(Map<String, String> out, String field, String typed, String stored) {
        if (!typed.equals(stored)) {
            out.put(field, stored);
        }
    }

    /** The parameter fields each kind reads; the form shows only these when its script runs. */
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "escalation", List.of("k", "minRise"),
            "onset", List.of("quietMonths"),
            "threshold-crossing", List.of("threshold"),
            "forecast-probability", List.of("probability", "horizon"));

    /**
     * The API request with the parameters of the chosen kind only, so that a field of another kind left filled in
     * (the form shows them all without its script) changes nothing; a number that is not one is refused naming its
     * field.
     */
    RuleRequest request() {
        return new RuleRequest(
                scope,
                country,
                situationId.isEmpty() ? null : uuid(situationId),
                kind,
                metric.isEmpty() ? null : metric,
                category.isEmpty() ? null : category,
                number("k", ofKind("k", k)),
                number("minRise", ofKind("minRise", minRise)),
                number("threshold", ofKind("threshold", threshold)),
                whole("quietMonths", ofKind("quietMonths", quietMonths)),
                number("probability", ofKind("probability", probability)),
                whole("horizon", ofKind("horizon", horizon)),
                enabled);
    }

    private String ofKind(String field, String value) {
        String chosen = kind.toLowerCase(Locale.ROOT).replace('_', '-');
        return PARAMETERS.getOrDefault(chosen, List.of()).contains(field) ? value : "";
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("situationId", Message.of("earlywarning.refused.ownSituation"));
        }
    }

    private static Double number(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Message.of("form.refused.number"));
        }
    }

    private static Integer whole(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Message.of("form.refused.wholeNumber"));
        }
    }

    private static String show(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : v.toString();
    }

    private static String text(Map<String, String> p, String name) {
        String v = p.get(name);
        return v == null ? "" : v.trim();
    }

    private static long version(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", Message.of("earlywarning.refused.version"));
        }
    }
}
