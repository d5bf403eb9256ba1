package org.gsi.negotiation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.Permission;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.gsi.registry.PartyCode;
import org.springframework.stereotype.Component;

/**
 * Paragraphs not yet agreed, of texts still being drafted that the user's party takes part in, on which the party
 * has stated no position: shown to users who speak for the party, longest waiting first.
 */
@Component
class PositionWork implements WorkSource {

    private final TextStore store;
    private final TextRebuilder rebuilder;

    PositionWork(TextStore store, TextRebuilder rebuilder) {
        this.store = store;
        this.rebuilder = rebuilder;
    }

    @Override
    public String kind() {
        return "positions";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public WorkList pending(Actor actor, String language, int limit) {
        if (!actor.can(Permission.SPEAK_FOR_PARTY)) {
            return WorkList.none(kind());
        }
        PartyCode party = PartyCode.of(actor.partyCode());
        List<WorkList.Item> items = new ArrayList<>();
        for (TextHead head : store.draftingWith(actor.partyCode())) {
            NegotiatedText text = rebuilder.forRead(head);
            text.paragraphs().stream()
                    .filter(p -> !p.isAgreed() && !p.positions().containsKey(party))
                    .sorted(Comparator.comparing(Paragraph::number))
                    .forEach(p -> items.add(new WorkList.Item(
                            head.title() + " · " + p.number(),
                            "/texts/" + head.id() + "/paragraphs/" + p.number(),
                            Optional.empty(),
                            head.updatedAt())));
        }
        return new WorkList(kind(), items.stream().limit(limit).toList(), items.size());
    }
}
