package org.gsi.dialogue.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.gsi.registry.PartyCode;
import org.springframework.stereotype.Component;

/**
 * Minutes of sessions drafted and not yet approved by the user's party, in tracks where it is a party concerned:
 * shown to users who speak for the party (approving is theirs), oldest session first.
 */
@Component
class MinutesWork implements WorkSource {

    private final DialogueStore store;
    private final DialogueService service;

    MinutesWork(DialogueStore store, DialogueService service) {
        this.store = store;
        this.service = service;
    }

    @Override
    public String kind() {
        return "minutes";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public WorkList pending(Actor actor, String language, int limit) {
        if (!actor.can(Permission.SPEAK_FOR_PARTY)) {
            return WorkList.none(kind());
        }
        PartyCode party = PartyCode.of(actor.partyCode());
        List<WorkList.Item> items = new ArrayList<>();
        for (TrackHead head : store.concerning(actor.partyCode())) {
            DialogueTrack track = service.rebuild(head);
            for (Session session : track.sessions()) {
                session.minutes()
                        .filter(m -> !m.isApproved() && !m.approvals().contains(party))
                        .ifPresent(m -> items.add(new WorkList.Item(
                                head.subject() + " · " + session.date(),
                                "/dialogues/" + head.id(),
                                Optional.empty(),
                                sessionDay(session))));
            }
        }
        return new WorkList(kind(), items.stream().limit(limit).toList(), items.size());
    }

    private static Instant sessionDay(Session session) {
        return session.date().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
