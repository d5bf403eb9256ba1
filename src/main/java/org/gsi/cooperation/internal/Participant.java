package org.gsi.cooperation.internal;

import java.util.EnumSet;
import java.util.Set;
import org.gsi.cooperation.InvalidFieldException;
import org.gsi.cooperation.ParticipantRole;
import org.gsi.platform.Message;
import org.gsi.registry.PartyCode;

/** A party taking part in a project in one or more IATI roles. */
public record Participant(PartyCode party, Set<ParticipantRole> roles) {

    public Participant {
        if (roles.isEmpty()) {
            throw new InvalidFieldException("roles", Message.of("cooperation.refused.roles"));
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Participant of(String party, ParticipantRole... roles) {
        return new Participant(PartyCode.of(party), Set.of(roles));
    }
}
