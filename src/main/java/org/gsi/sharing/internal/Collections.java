package org.gsi.sharing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The collections a caller may see, with {@code can_read} and {@code can_write} computed for it. A sharing group's
 * collection exists only for its members: to anyone else it is not found. A party's own collection is seen by that
 * party, and by others once the party has published something they could read (anything, for logged-in callers;
 * TLP:CLEAR, for anonymous ones). Writing needs a role that edits the party's records: into one's own party
 * collection, or into the collection of a group one's party is a member of.
 */
@Component
public class Collections {

    private final GroupStore groups;
    private final Registry registry;
    private final JdbcClient jdbc;

    Collections(GroupStore groups, Registry registry, JdbcClient jdbc) {
        this.groups = groups;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public Reader reader(Optional<Actor> actor) {
        return actor.map(a -> new Reader(a.partyCode(), groups.groupsOf(a.partyCode())))
                .orElseGet(Reader::anonymous);
    }

    public List<SharingCollection> visibleTo(Optional<Actor> actor) {
        List<SharingCollection> out = new ArrayList<>();
        actor.ifPresent(a -> out.add(ofParty(a.partyCode(), actor)));
        actor.ifPresent(a -> groups.of(a.partyCode()).forEach(g -> out.add(ofGroup(g, actor))));
        String reader = actor.map(Actor::partyCode).orElse("");
        publishers(actor.isEmpty()).stream().filter(p -> !p.equals(reader)).forEach(p -> out.add(ofParty(p, actor)));
        return out;
    }

    public Optional<SharingCollection> find(UUID id, Optional<Actor> actor) {
        Optional<SharingGroup> group = groups.find(id);
        if (group.isPresent()) {
            String reader = actor.map(Actor::partyCode).orElse("");
            return group.get().isMember(reader) ? Optional.of(ofGroup(group.get(), actor)) : Optional.empty();
        }
        if (actor.isPresent()
                && PartyIdentities.collectionOf(actor.get().partyCode()).equals(id)) {
            return Optional.of(ofParty(actor.get().partyCode(), actor));
        }
        return publishers(actor.isEmpty()).stream()
                .filter(p -> PartyIdentities.collectionOf(p).equals(id))
                .findFirst()
                .map(p -> ofParty(p, actor));
    }

    /** The collection objects sent to a group (or, without one, to a party's own collection) are in. */
    public UUID idOf(Optional<UUID> group, String party) {
        return group.orElseGet(() -> PartyIdentities.collectionOf(party));
    }

    private List<String> publishers(boolean anonymous) {
        return jdbc.sql("SELECT party FROM sharing_publisher WHERE " + (anonymous ? "has_clear" : "true")
                        + " ORDER BY party")
                .query(String.class)
                .list();
    }

    private SharingCollection ofGroup(SharingGroup g, Optional<Actor> actor) {
        boolean write = actor.map(a -> a.can(Permission.EDIT_PARTY_RECORDS) && g.isMember(a.partyCode()))
                .orElse(false);
        return new SharingCollection(
                g.id(),
                Optional.of(g),
                Optional.empty(),
                g.name(),
                g.description().isEmpty() ? "Sharing group of " + g.owner() : g.description(),
                true,
                write);
    }

    private SharingCollection ofParty(String party, Optional<Actor> actor) {
        String name = registry.find(party).map(PartySummary::name).orElse(party);
        boolean write =
                actor.map(a -> a.canFor(Permission.EDIT_PARTY_RECORDS, party)).orElse(false);
        return new SharingCollection(
                PartyIdentities.collectionOf(party),
                Optional.empty(),
                Optional.of(party),
                "Shared by " + name + " (" + party + ")",
                "Every object " + name + " has shared, as far as its marking lets the reader see it.",
                true,
                write);
    }
}
