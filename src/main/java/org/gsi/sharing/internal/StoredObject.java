package org.gsi.sharing.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gsi.sharing.internal.stix.StixTimestamps;

/**
 * One stored version of a STIX object: its text as sent and what the platform recorded beside it.
 *
 * @param version modified, else created, else the date it was added
 * @param versionText the version as written in the object (or the date added, formatted)
 * @param targetGroup the sharing group it was sent to; empty for the sender's own collection
 * @param recipients for TLP:RED, the members of the target group when it was sent
 * @param createdByRef its {@code created_by_ref}, or the sender's identity when it has none
 */
public record StoredObject(
        Instant dateAdded,
        String stixId,
        String type,
        String specVersion,
        Instant version,
        String versionText,
        String senderParty,
        String sentBy,
        Optional<UUID> targetGroup,
        Tlp tlp,
        List<String> recipients,
        List<String> markings,
        List<String> refs,
        String createdByRef,
        String name,
        String raw) {

    public String dateAddedText() {
        return StixTimestamps.format(dateAdded);
    }

    /** The statement markings and other non-TLP marking definitions it refers to. */
    public List<String> otherMarkings() {
        return markings.stream().filter(m -> Tlp.ofMarking(m).isEmpty()).toList();
    }
}
