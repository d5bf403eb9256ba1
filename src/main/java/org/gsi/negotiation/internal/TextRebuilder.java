package org.gsi.negotiation.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.gsi.negotiation.TextId;
import org.gsi.registry.PartyCode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds texts from their command logs and keeps the latest committed state of each in memory, keyed by
 * version, so that reading a large text does not replay its log. Whoever reads or changes a cached text holds
 * its monitor while doing so.
 */
@Component
class TextRebuilder {

    private final TextStore store;
    private final JsonMapper json;
    private final Map<UUID, NegotiatedText> cache = new ConcurrentHashMap<>();

    TextRebuilder(TextStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** The text at the version of {@code head}. */
    NegotiatedText forRead(TextHead head) {
        NegotiatedText cached = cache.get(head.id());
        if (cached != null && cached.version() == head.version()) {
            return cached;
        }
        NegotiatedText text = rebuild(head);
        keep(text);
        return text;
    }

    /**
     * The text at the version of a locked head, taken out of the cache while it is changed; it returns to the
     * cache only when the change is committed.
     */
    NegotiatedText forWrite(TextHead lockedHead) {
        NegotiatedText cached = cache.remove(lockedHead.id());
        NegotiatedText text = cached != null && cached.version() == lockedHead.version() ? cached : rebuild(lockedHead);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keep(text);
                }
            });
        }
        return text;
    }

    private void keep(NegotiatedText text) {
        cache.merge(text.id().value(), text, (old, neu) -> neu.version() >= old.version() ? neu : old);
    }

    NegotiatedText rebuild(TextHead head) {
        NegotiatedText text = NegotiatedText.draft(
                new TextId(head.id()),
                head.title(),
                head.decisionRule(),
                head.participants().stream().map(PartyCode::of).toList(),
                PartyCode.of(head.facilitator()));
        for (TextStore.LoggedCommand logged : store.commands(head.id())) {
            TextCommand command = parse(logged.kind(), logged.payload());
            command.applyTo(text, new Delegate(PartyCode.of(logged.party()), logged.focalPoint()), logged.at());
        }
        text.drainEvents();
        return text;
    }

    TextCommand parse(String kind, String payload) {
        Class<? extends TextCommand> type = TextCommand.KINDS.get(kind);
        if (type == null) {
            throw new IllegalStateException("Unknown command in a text's log: " + kind);
        }
        return json.readValue(payload, type);
    }

    String write(TextCommand command) {
        return json.writeValueAsString(command);
    }
}
