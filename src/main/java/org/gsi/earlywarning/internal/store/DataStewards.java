package org.gsi.earlywarning.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gsi.audit.AuditLog;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.NotFoundException;
import org.gsi.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The data stewards of the public event sources: parties the secretariat names to import a source's events
 * besides the secretariat itself (see {@link SourceWritePolicy}). Naming and removing are audited.
 */
@Service
public class DataStewards {

    /** A steward of a source, named by whom and when. */
    public record Steward(String source, String party, String namedBy, java.time.Instant namedAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Registry registry;

    DataStewards(JdbcClient jdbc, AuditLog audit, Registry registry) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.registry = registry;
    }

    /** Every public source with its stewards (possibly none), in source order. */
    public Map<String, List<Steward>> all() {
        Map<String, List<Steward>> bySource = new TreeMap<>();
        for (EventSource s : EventSource.values()) {
            if (SourceWritePolicy.isPublic(s)) {
                bySource.put(s.formatKey(), new java.util.ArrayList<>());
            }
        }
        jdbc.sql("SELECT source, party, named_by, named_at FROM earlywarning_data_steward ORDER BY source, party")
                .query((rs, n) -> new Steward(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list()
                .forEach(s -> bySource.computeIfAbsent(s.source(), k -> new java.util.ArrayList<>())
                        .add(s));
        return bySource;
    }

    public Set<String> of(EventSource source) {
        return new TreeSet<>(jdbc.sql("SELECT party FROM earlywarning_data_steward WHERE source = ?")
                .param(source.formatKey())
                .query(String.class)
                .list());
    }

    /** Names a party steward of a source; naming it again changes nothing. Returns whether it was new. */
    public boolean name(Actor actor, String source, String party) {
        SourceWritePolicy.requireStewardship(actor, "name-data-steward");
        EventSource s = publicSource(source);
        String code = party == null ? "" : party.trim();
        if (!registry.exists(code)) {
            throw new InvalidInputException("party", "no registered party has the code '" + code + "'");
        }
        boolean added = jdbc.sql("INSERT INTO earlywarning_data_steward (source, party, named_by) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(s.formatKey(), code, actor.username())
                        .update()
                > 0;
        if (added) {
            audit.record(
                    actor,
                    "name-data-steward",
                    "data-steward",
                    s.formatKey() + "/" + code,
                    "Named " + code + " data steward of " + s.formatKey());
        }
        return added;
    }

    /** Removes a party as steward of a source; 404 when it is not one. */
    public void remove(Actor actor, String source, String party) {
        SourceWritePolicy.requireStewardship(actor, "remove-data-steward");
        EventSource s = publicSource(source);
        int removed = jdbc.sql("DELETE FROM earlywarning_data_steward WHERE source = ? AND party = ?")
                .params(s.formatKey(), party)
                .update();
        if (removed == 0) {
            throw new NotFoundException("data steward", s.formatKey() + "/" + party);
        }
        audit.record(
                actor,
                "remove-data-steward",
                "data-steward",
                s.formatKey() + "/" + party,
                "Removed " + party + " as data steward of " + s.formatKey());
    }

    private static EventSource publicSource(String source) {
        return EventSource.fromFormatKey(source == null ? "" : source.trim())
                .filter(SourceWritePolicy::isPublic)
                .orElseThrow(() -> new InvalidInputException(
                        "source", "must be one of the public sources ucdp-ged, acled, gdelt1, gdelt2"));
    }
}
