package org.gsi.sharing.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.ForbiddenException;
import org.gsi.platform.NotFoundException;
import org.gsi.sharing.internal.stix.ParsedObject;
import org.gsi.sharing.internal.stix.StixReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way objects enter the platform — TAXII, bundle upload, the API, published incident reports, the demo.
 * A bundle is taken object by object: each is read and validated ({@link StixInput}), its markings must be TLP
 * markings or statement markings the sender may read, its creator may not be another party, and a version already
 * stored is not stored twice. Every object ends as accepted or rejected with its reason in a status resource; none
 * is lost for another's fault.
 */
@Service
public class Ingest {

    /** Standard TLP marking definitions need not be stored: they are known by their ids. */
    private static final String TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private final Collections collections;
    private final StixInput input;
    private final ObjectWriter writer;
    private final StatusStore statuses;
    private final PartyIdentities identities;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Ingest(
            Collections collections,
            StixInput input,
            ObjectWriter writer,
            StatusStore statuses,
            PartyIdentities identities,
            AuditLog audit,
            JdbcClient jdbc) {
        this.collections = collections;
        this.input = input;
        this.writer = writer;
        this.statuses = statuses;
        this.identities = identities;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * Takes a bundle (or TAXII envelope) into a collection the actor may write. Throws {@link NotFoundException} for a
     * collection the actor cannot see, {@link ForbiddenException} for one it cannot write, and
     * {@link org.gsi.sharing.internal.stix.BundleReader.UnreadableBundleException} for a body that is no bundle.
     */
    @Transactional
    public ShareStatus ingest(Actor actor, UUID collectionId, byte[] body, String source) {
        SharingCollection target = writable(actor, collectionId);
        Instant requested = Instant.now();
        List<StixReader.Read> reads = input.read(body);
        Batch batch = new Batch(actor, target, reads);
        batch.resolveMarkings();
        batch.checkCreators();
        batch.checkStored();
        batch.store();
        ShareStatus status = new ShareStatus(
                UUID.randomUUID(),
                actor.partyCode(),
                actor.username(),
                target.id(),
                source,
                requested,
                batch.outcomes());
        statuses.insert(status);
        audit.record(
                actor,
                "share",
                "stix-bundle",
                status.id().toString(),
                "Shared " + status.successCount() + " of " + status.total() + " STIX objects to '" + target.title()
                        + "' (" + status.failureCount() + " rejected)");
        return status;
    }

    SharingCollection writable(Actor actor, UUID collectionId) {
        SharingCollection c = collections
                .find(collectionId, Optional.of(actor))
                .orElseThrow(() -> new NotFoundException("collection", collectionId.toString()));
        if (!c.canWrite()) {
            throw new ForbiddenException(
                    "Your party may not add objects to '" + c.title() + "'.",
                    "share",
                    "collection",
                    collectionId.toString(),
                    c.party().orElse(c.group().map(SharingGroup::owner).orElse(null)));
        }
        return c;
    }

    /** The objects of one bundle on their way in; each one either decided or still to store. */
    private final class Batch {

        private final Actor actor;
        private final SharingCollection target;
        private final Reader senderAsReader;
        private final Map<Integer, ShareStatus.Outcome> decided = new HashMap<>();
        private final Map<Integer, ParsedObject> pending = new java.util.LinkedHashMap<>();
        private final List<StixReader.Read> reads;

        Batch(Actor actor, SharingCollection target, List<StixReader.Read> reads) {
            this.actor = actor;
            this.target = target;
            this.reads = reads;
            this.senderAsReader = collections.reader(Optional.of(actor));
            for (StixReader.Read r : reads) {
                if (r.rejection().isPresent()) {
                    reject(r.index(), r.id(), r.versionText(), r.rejection().get());
                } else {
                    pending.put(r.index(), r.object().orElseThrow());
                }
            }
        }

        void reject(int index, String id, String version, Reason reason) {
            decided.put(index, new ShareStatus.Outcome(index, id, version, false, reason));
        }

        void accept(ParsedObject o, String version, Reason reason) {
            decided.put(o.index(), new ShareStatus.Outcome(o.index(), o.id(), version, true, reason));
        }

        /**
         * Standard TLP definitions are known and not stored; other TLP definitions are refused. An object may refer
         * only to TLP markings, statement markings of this bundle, or statement markings stored earlier that the
         * sender may read.
         */
        void resolveMarkings() {
            Set<String> statements = new HashSet<>();
            for (ParsedObject o : List.copyOf(pending.values())) {
                if (!o.isMarkingDefinition()) {
                    continue;
                }
                if (Tlp.ofMarking(o.id()).isPresent()) {
                    pending.remove(o.index());
                    accept(o, o.versionText(), Reason.of("sharing.accepted.standardMarking"));
                } else if (claimsTlp(o)) {
                    pending.remove(o.index());
                    reject(o.index(), o.id(), o.versionText(), Reason.of("sharing.reject.nonStandardTlp", o.id()));
                } else {
                    statements.add(o.id());
                }
            }
            Set<String> unknown = new HashSet<>();
            pending.values()
                    .forEach(o -> o.markingRefs().stream()
                            .filter(m -> Tlp.ofMarking(m).isEmpty() && !statements.contains(m))
                            .forEach(unknown::add));
            unknown.removeAll(input.readableMarkings(senderAsReader, List.copyOf(unknown)));
            for (ParsedObject o : List.copyOf(pending.values())) {
                o.markingRefs().stream().filter(unknown::contains).findFirst().ifPresent(m -> {
                    pending.remove(o.index());
                    reject(o.index(), o.id(), o.versionText(), Reason.of("sharing.reject.unknownMarking", m));
                });
            }
        }

        private boolean claimsTlp(ParsedObject o) {
            return o.node().path("definition_type").asString("").equalsIgnoreCase("tlp")
                    || o.node().path("extensions").has(TLP2_EXTENSION)
                    || o.node().path("name").asString("").toUpperCase().startsWith("TLP:");
        }

        /** An object may name its own party, or an identity outside the platform, as its creator; never another party. */
        void checkCreators() {
            String own = PartyIdentities.of(actor.partyCode());
            for (ParsedObject o : List.copyOf(pending.values())) {
                Optional<String> other = o.createdByRef()
                        .filter(ref -> !ref.equals(own))
                        .flatMap(identities::partyOf)
                        .filter(p -> !p.equals(actor.partyCode()));
                if (other.isPresent()) {
                    pending.remove(o.index());
                    reject(
                            o.index(),
                            o.id(),
                            o.versionText(),
                            Reason.of(
                                    "sharing.reject.foreignIdentity",
                                    o.createdByRef().orElseThrow(),
                                    other.get()));
                }
            }
        }

        /**
         * A version already stored (same id, same version, same sender) is not stored again: the same object sent to
         * the same collection is accepted as it was; different content under the same version is refused, and so is
         * the same version sent to a second target. Objects without created or modified (cyber observables) get a
         * new version only when their content changed.
         */
        void checkStored() {
            Map<String, List<Stored>> stored = stored(
                    pending.values().stream().map(ParsedObject::id).distinct().toList());
            Map<String, ParsedObject> inBundle = new HashMap<>();
            for (ParsedObject o : List.copyOf(pending.values())) {
                String key = o.id() + "|" + o.versionText();
                ParsedObject twin = inBundle.putIfAbsent(key, o);
                Optional<Stored> same = stored.getOrDefault(o.id(), List.of()).stream()
                        .filter(s -> o.version()
                                .map(v -> v.truncatedTo(ChronoUnit.MICROS).equals(s.version()))
                                .orElse(true))
                        .filter(s -> o.version().isPresent() || s.sameContent(o))
                        .findFirst();
                if (twin != null) {
                    pending.remove(o.index());
                    decideTwin(o, twin);
                } else if (same.isPresent()) {
                    pending.remove(o.index());
                    decideStored(o, same.get());
                }
            }
        }

        private void decideTwin(ParsedObject o, ParsedObject twin) {
            if (twin.node().equals(o.node())) {
                accept(o, o.versionText(), Reason.of("sharing.accepted.already"));
            } else {
                reject(
                        o.index(),
                        o.id(),
                        o.versionText(),
                        Reason.of("sharing.reject.conflict", o.id(), o.versionText()));
            }
        }

        private void decideStored(ParsedObject o, Stored s) {
            boolean sameTarget = s.target().equals(target.target());
            if (!s.sameContent(o)) {
                reject(
                        o.index(),
                        o.id(),
                        o.versionText(),
                        Reason.of("sharing.reject.conflict", o.id(), o.versionText()));
            } else if (!sameTarget) {
                reject(o.index(), o.id(), o.versionText(), Reason.of("sharing.reject.otherTarget", o.id()));
            } else {
                accept(o, s.versionText(), Reason.of("sharing.accepted.already"));
            }
        }

        private record Stored(Instant version, String versionText, Optional<UUID> target, String raw, JsonMapper json) {
            boolean sameContent(ParsedObject o) {
                return json.readTree(raw).equals(o.node());
            }
        }

        private Map<String, List<Stored>> stored(List<String> ids) {
            Map<String, List<Stored>> out = new HashMap<>();
            if (ids.isEmpty()) {
                return out;
            }
            jdbc.sql(
                            "SELECT stix_id, version, version_text, target_group, raw FROM sharing_object WHERE sender_party = ?"
                                    + " AND stix_id = ANY(?)")
                    .params(actor.partyCode(), ids.toArray(String[]::new))
                    .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Stored(
                                    rs.getTimestamp(2).toInstant(),
                                    rs.getString(3),
                                    Optional.ofNullable(rs.getObject(4, UUID.class)),
                                    rs.getString(5),
                                    json)))
                    .list();
            return out;
        }

        void store() {
            if (pending.isEmpty()) {
                return;
            }
            Instant next = writer.firstFreeDateAdded();
            List<String> recipients =
                    target.group().map(g -> List.copyOf(g.members())).orElse(List.of());
            List<StoredObject> rows = new ArrayList<>();
            boolean clear = false;
            for (ParsedObject o : pending.values()) {
                StoredObject row = row(o, next, recipients);
                rows.add(row);
                clear |= row.tlp() == Tlp.CLEAR;
                accept(o, row.versionText(), Reason.of("sharing.accepted"));
                next = next.plus(1, ChronoUnit.MICROS);
            }
            writer.copy(rows);
            writer.markVersioned(
                    rows.stream().map(StoredObject::stixId).distinct().toList());
            jdbc.sql("INSERT INTO sharing_publisher (party, has_clear) VALUES (?, ?) ON CONFLICT (party) DO UPDATE SET"
                            + " has_clear = sharing_publisher.has_clear OR EXCLUDED.has_clear")
                    .params(actor.partyCode(), clear)
                    .update();
        }

        private StoredObject row(ParsedObject o, Instant dateAdded, List<String> groupMembers) {
            Tlp tlp = Tlp.strictest(o.markingRefs());
            Instant version =
                    o.version().map(v -> v.truncatedTo(ChronoUnit.MICROS)).orElse(dateAdded);
            String versionText = o.versionText().isEmpty()
                    ? org.gsi.sharing.internal.stix.StixTimestamps.format(dateAdded)
                    : o.versionText();
            return new StoredObject(
                    dateAdded,
                    o.id(),
                    o.type(),
                    o.specVersion(),
                    version,
                    versionText,
                    actor.partyCode(),
                    actor.username(),
                    target.target(),
                    tlp,
                    tlp == Tlp.RED ? groupMembers : List.of(),
                    List.copyOf(o.markingRefs()),
                    o.references(),
                    o.createdByRef().orElse(PartyIdentities.of(actor.partyCode())),
                    o.displayName(),
                    o.raw());
        }

        List<ShareStatus.Outcome> outcomes() {
            List<ShareStatus.Outcome> out = new ArrayList<>();
            for (StixReader.Read r : reads) {
                out.add(decided.get(r.index()));
            }
            return out;
        }
    }
}
