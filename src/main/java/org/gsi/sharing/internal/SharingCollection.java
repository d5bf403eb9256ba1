package org.gsi.sharing.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * A TAXII collection as one caller sees it: a sharing group's (the objects sent to the group; members only) or a
 * party's (every object the party sent, each shown only to whom the read rule admits).
 */
public record SharingCollection(
        UUID id,
        Optional<SharingGroup> group,
        Optional<String> party,
        String title,
        String description,
        boolean canRead,
        boolean canWrite) {

    public View view() {
        return group.map(g -> View.ofGroup(g.id())).orElseGet(() -> View.ofSender(party.orElseThrow()));
    }

    public boolean isGroup() {
        return group.isPresent();
    }

    /** The sharing group objects posted here go to; empty for a party's own collection. */
    public Optional<UUID> target() {
        return group.map(SharingGroup::id);
    }
}
