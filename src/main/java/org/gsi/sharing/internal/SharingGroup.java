package org.gsi.sharing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;

/**
 * A named set of parties chosen by its owner party: the sharing target of the objects sent to its collection. The
 * owner is always a member. The owner decides whether members see each other; when they do not, a member sees only
 * the owner and itself (the owner always sees everyone).
 */
public final class SharingGroup {

    private final UUID id;
    private String name;
    private String description;
    private final String owner;
    private boolean membersVisible;
    private final Set<String> members;
    private final Instant createdAt;
    private final long version;
    private final boolean demo;

    private SharingGroup(
            UUID id,
            String name,
            String description,
            String owner,
            boolean membersVisible,
            Collection<String> members,
            Instant createdAt,
            long version,
            boolean demo) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.owner = owner;
        this.membersVisible = membersVisible;
        this.members = new LinkedHashSet<>(members);
        this.createdAt = createdAt;
        this.version = version;
        this.demo = demo;
    }

    /** A new group of {@code owner} with these further members (the owner is added itself). */
    static SharingGroup create(
            String owner,
            String name,
            String description,
            boolean membersVisible,
            Collection<String> members,
            boolean demo) {
        SharingGroup g = new SharingGroup(
                UUID.randomUUID(), "", "", owner, membersVisible, List.of(owner), Instant.now(), 0, demo);
        g.rename(name, description);
        members.forEach(g::add);
        return g;
    }

    /** Loads a stored group; nothing else. */
    static SharingGroup restore(
            UUID id,
            String name,
            String description,
            String owner,
            boolean membersVisible,
            Collection<String> members,
            Instant createdAt,
            long version,
            boolean demo) {
        return new SharingGroup(id, name, description, owner, membersVisible, members, createdAt, version, demo);
    }

    void rename(String newName, String newDescription) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new InvalidInputException("name", Message.of("sharing.error.name"));
        }
        String d = newDescription == null ? "" : newDescription.strip();
        if (d.length() > 2000) {
            throw new InvalidInputException("description", Message.of("sharing.error.description"));
        }
        this.name = n;
        this.description = d;
    }

    void showMembersToEachOther(boolean visible) {
        this.membersVisible = visible;
    }

    /** Adds a member; returns whether it was new. */
    boolean add(String party) {
        if (party == null || party.isBlank()) {
            throw new InvalidInputException("party", Message.of("sharing.refused.party"));
        }
        return members.add(party);
    }

    /** Removes a member; the owner stays. Returns whether it was a member. */
    boolean remove(String party) {
        if (owner.equals(party)) {
            throw new InvalidInputException("party", Message.of("sharing.refused.ownerStays"));
        }
        return members.remove(party);
    }

    public boolean isMember(String party) {
        return party != null && members.contains(party);
    }

    /**
     * The members {@code reader} may see: all of them for the owner, and for every member when the owner lets
     * members see each other; otherwise the owner and the reader itself.
     */
    public List<String> membersSeenBy(String reader) {
        if (!isMember(reader)) {
            return List.of();
        }
        if (owner.equals(reader) || membersVisible) {
            return List.copyOf(members);
        }
        List<String> seen = new ArrayList<>(List.of(owner));
        if (!reader.equals(owner)) {
            seen.add(reader);
        }
        return seen;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public boolean membersVisible() {
        return membersVisible;
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public boolean demo() {
        return demo;
    }
}
