package org.gsi.sharing.internal;

import java.util.List;
import java.util.Optional;
import org.gsi.audit.AuditLog;
import org.gsi.notifications.Notice;
import org.gsi.notifications.Notifications;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Permission;
import org.gsi.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What parties do with objects once stored: delete their own, pass one on as far as its marking allows
 * ({@link OnwardSharing}). An object a party may not read is
 * not found, whatever is asked of it.
 */
@Service
public class SharedObjects {

    private final Collections collections;
    private final ObjectStore objects;
    private final Registry registry;
    private final Notifications notifications;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    SharedObjects(
            Collections collections,
            ObjectStore objects,
            Registry registry,
            Notifications notifications,
            AuditLog audit,
            JdbcClient jdbc) {
        this.collections = collections;
        this.objects = objects;
        this.registry = registry;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * Deletes the versions of an object the actor's party sent to this collection (those matching the version
     * filter). Only the sending party deletes; the collection must be one it may write.
     *
     * @return how many versions were deleted
     */
    @Transactional
    public int delete(
            Actor actor, SharingCollection c, String stixId, ObjectFilter.VersionMatch versions, List<String> specs) {
        Reader reader = collections.reader(Optional.of(actor));
        if (!objects.readable(c.view(), reader, stixId)) {
            throw new NotFoundException("object", stixId);
        }
        boolean own = jdbc.sql("SELECT EXISTS (SELECT 1 FROM sharing_object WHERE stix_id = ? AND sender_party = ?)")
                .params(stixId, actor.partyCode())
                .query(Boolean.class)
                .single();
        if (!c.canWrite() || !own) {
            throw new SharingRefusedException(Reason.of("sharing.delete.refused"), "delete", stixId, null);
        }
        int n = objects.delete(c.view(), actor.partyCode(), stixId, versions, specs);
        audit.record(actor, "delete", "stix-object", stixId, "Deleted " + n + " version(s) from '" + c.title() + "'");
        return n;
    }

    /** The object's readable versions of one sender, newest first; the sender is needed when several sent the id. */
    public History history(Optional<Actor> actor, String stixId, Optional<String> sender) {
        Reader reader = collections.reader(actor);
        List<String> senders = objects.senders(reader, stixId);
        String from = sender.filter(senders::contains)
                .or(() -> senders.size() == 1 ? Optional.of(senders.get(0)) : Optional.empty())
                .orElseThrow(() -> new NotFoundException("object", stixId));
        List<StoredObject> versions = objects.history(reader, stixId, from);
        List<GrantKind> grants = reader.isAnonymous() ? List.of() : objects.grantsOf(reader.party(), stixId, from);
        return new History(reader, stixId, from, senders, versions, grants);
    }

    /** Every readable version of one object of one sender, and how the reader came to read it. */
    public record History(
            Reader reader,
            String stixId,
            String sender,
            List<String> senders,
            List<StoredObject> versions,
            List<GrantKind> readerGrants) {

        public StoredObject latest() {
            return versions.get(0);
        }

        /** The strictest marking among the versions the reader can read: the one onward sharing must respect. */
        public Tlp strictest() {
            return versions.stream().map(StoredObject::tlp).max(Enum::compareTo).orElse(Tlp.NONE);
        }

        public boolean readerIsSender() {
            return reader.party().equals(sender);
        }

        /** A member of the target group of some version, or named by the sender. */
        public boolean readerIsRecipient() {
            return readerGrants.contains(GrantKind.NAMED)
                    || versions.stream()
                            .anyMatch(v -> v.targetGroup()
                                    .map(reader.groups()::contains)
                                    .orElse(false));
        }

        /** What onward sharing would decide for the reader. */
        public OnwardSharing.Decision onward() {
            return OnwardSharing.decide(strictest(), readerIsSender(), readerIsRecipient());
        }
    }

    /**
     * Lets {@code party} read an object too: the sender names a recipient; anyone else informs a party as far as the
     * marking allows, or is refused with the reason.
     */
    @Transactional
    public GrantKind passOn(Actor actor, String stixId, Optional<String> sender, String party) {
        History h = history(Optional.of(actor), stixId, sender);
        actor.require(Permission.EDIT_PARTY_RECORDS, actor.partyCode(), "share-onward", "stix-object", stixId);
        String to = party == null ? "" : party.trim();
        if (!registry.exists(to)) {
            throw new InvalidInputException("party", Message.of("form.refused.noParty", to));
        }
        if (to.equals(actor.partyCode()) || to.equals(h.sender())) {
            throw new InvalidInputException("party", Message.of("sharing.refused.readsAlready", to));
        }
        OnwardSharing.Decision d = h.onward();
        if (d.refusal().isPresent()) {
            throw new SharingRefusedException(d.refusal().get(), "share-onward", stixId, h.sender());
        }
        GrantKind kind = d.grant().orElseThrow();
        boolean added = objects.grant(stixId, h.sender(), to, actor.partyCode(), kind);
        if (added) {
            audit.record(
                    actor,
                    "share-onward",
                    "stix-object",
                    stixId,
                    h.sender(),
                    (kind == GrantKind.NAMED ? "Named " : "Informed ") + to + " ("
                            + h.strictest().label() + ")");
            notifications.toPartyFocalPoints(
                    to,
                    Notice.of(
                            "stix-shared",
                            "/sharing/objects/" + stixId + "?sender=" + h.sender(),
                            to::equals,
                            actor.partyCode(),
                            h.latest().type(),
                            h.latest().name(),
                            h.strictest().label()));
        }
        return kind;
    }
}
