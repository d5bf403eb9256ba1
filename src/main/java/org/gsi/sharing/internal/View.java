package org.gsi.sharing.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The objects one collection shows before the read rule applies: those sent to a sharing group, or all those a
 * party sent (whatever their target).
 */
public record View(Optional<UUID> group, Optional<String> sender) {

    public static View ofGroup(UUID group) {
        return new View(Optional.of(group), Optional.empty());
    }

    public static View ofSender(String party) {
        return new View(Optional.empty(), Optional.of(party));
    }

    String sql(String o) {
        return group.isPresent() ? o + ".target_group = :viewGroup" : o + ".sender_party = :viewSender";
    }

    Object value() {
        return group.isPresent() ? group.get() : sender.orElseThrow();
    }

    String parameter() {
        return group.isPresent() ? "viewGroup" : "viewSender";
    }
}
