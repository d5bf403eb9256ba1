package org.gsi.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.gsi.earlywarning.EarlyWarning;
import org.gsi.earlywarning.IncidentReport;
import org.gsi.platform.Actor;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.NotFoundException;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.gsi.sharing.internal.stix.StixTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an incident report entered in early warning as STIX: an {@code incident} named after the report, the
 * {@code location} it happened at and the {@code located-at} relationship between them, all with the marking the
 * reporting party chose, created by that party's identity. Only the reporting party publishes its report; publishing
 * again makes new versions of the same objects. The bundle enters through {@link Ingest} like any other.
 *
 * <p>No {@code observed-data} is made: it must refer to cyber observables, and an incident report holds none.
 */
@Service
public class IncidentPublisher {

    private final EarlyWarning earlyWarning;
    private final Registry registry;
    private final Ingest ingest;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    IncidentPublisher(EarlyWarning earlyWarning, Registry registry, Ingest ingest, JdbcClient jdbc) {
        this.earlyWarning = earlyWarning;
        this.registry = registry;
        this.ingest = ingest;
        this.jdbc = jdbc;
    }

    @Transactional
    public ShareStatus publish(Actor actor, String reportId, UUID collectionId, Tlp tlp) {
        IncidentReport report = earlyWarning
                .incidentReport(reportId == null ? "" : reportId.trim())
                .orElseThrow(() -> new NotFoundException("incident report", String.valueOf(reportId)));
        if (!report.reportingParty().equals(actor.partyCode())) {
            throw new ForbiddenException(
                    "Only the party that reported an incident publishes it; " + reportId + " was reported by "
                            + report.reportingParty() + ".",
                    "publish",
                    "incident-report",
                    reportId,
                    report.reportingParty());
        }
        ingest.writable(actor, collectionId);
        byte[] bundle =
                json.writeValueAsString(bundle(actor.partyCode(), report, tlp)).getBytes(StandardCharsets.UTF_8);
        return ingest.ingest(actor, collectionId, bundle, "incident");
    }

    Map<String, Object> bundle(String party, IncidentReport r, Tlp tlp) {
        String now = StixTimestamps.format(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                        .substring(0, 23) + "Z";
        String incidentId = "incident--" + PartyIdentities.nameUuid("gsi-incident:" + party + ":" + r.reportId());
        String locationId = "location--" + PartyIdentities.nameUuid("gsi-incident-place:" + party + ":" + r.reportId());
        String relationId =
                "relationship--" + PartyIdentities.nameUuid("gsi-incident-at:" + party + ":" + r.reportId());
        Map<String, Object> incident = common("incident", incidentId, party, tlp, now);
        incident.put("name", name(r));
        incident.put("description", description(r));
        incident.put(
                "external_references",
                List.of(Map.of("source_name", "gsi-early-warning", "external_id", r.reportId())));
        Map<String, Object> location = common("location", locationId, party, tlp, now);
        location.put("name", place(r));
        registry.find(r.place().country())
                .map(PartySummary::iso2)
                .filter(c -> c != null && c.length() == 2)
                .ifPresent(c -> location.put("country", c));
        if (!location.containsKey("country")) {
            location.put("region", "world");
        }
        r.place().coordinates().ifPresent(c -> {
            location.put("latitude", c.latitude());
            location.put("longitude", c.longitude());
        });
        Map<String, Object> at = common("relationship", relationId, party, tlp, now);
        at.put("relationship_type", "located-at");
        at.put("source_ref", incidentId);
        at.put("target_ref", locationId);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "bundle");
        b.put("id", "bundle--" + UUID.randomUUID());
        b.put("objects", List.of(incident, location, at));
        return b;
    }

    private Map<String, Object> common(String type, String id, String party, Tlp tlp, String now) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created_by_ref", PartyIdentities.of(party));
        o.put("created", createdOf(id, party).orElse(now));
        o.put("modified", now);
        if (tlp != Tlp.NONE) {
            o.put("object_marking_refs", List.of(tlp.markingId()));
        }
        return o;
    }

    /** A new version keeps the {@code created} of the first. */
    private java.util.Optional<String> createdOf(String id, String party) {
        return jdbc.sql(
                        "SELECT raw FROM sharing_object WHERE stix_id = ? AND sender_party = ? ORDER BY version LIMIT 1")
                .params(id, party)
                .query(String.class)
                .optional()
                .map(raw -> json.readTree(raw).path("created").asString(""))
                .filter(s -> !s.isEmpty());
    }

    private static String name(IncidentReport r) {
        String category = r.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(category.charAt(0)) + category.substring(1) + " — " + place(r) + ", "
                + r.occurredOn();
    }

    private static String place(IncidentReport r) {
        List<String> parts = new ArrayList<>();
        for (String p : List.of(r.place().name(), r.place().admin2(), r.place().admin1())) {
            if (!p.isBlank() && !parts.contains(p)) {
                parts.add(p);
            }
        }
        parts.add(r.place().country());
        return String.join(", ", parts);
    }

    private static String description(IncidentReport r) {
        StringBuilder d = new StringBuilder("Incident report " + r.reportId() + " of early warning, reported by "
                + r.reportingParty() + ". Occurred " + r.occurredOn() + " (precision: "
                + r.datePrecision().name().toLowerCase(Locale.ROOT) + ").");
        if (!r.actor1().isBlank() || !r.actor2().isBlank()) {
            d.append(" Actors: ")
                    .append(String.join(
                            "; ",
                            List.of(r.actor1(), r.actor2()).stream()
                                    .filter(a -> !a.isBlank())
                                    .toList()))
                    .append('.');
        }
        r.fatalities().ifPresent(f -> d.append(" Fatalities: ").append(f).append('.'));
        return d.toString();
    }
}
