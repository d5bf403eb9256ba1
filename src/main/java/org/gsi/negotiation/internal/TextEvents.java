package org.gsi.negotiation.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gsi.platform.NodeSignals;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live viewers of texts (server-sent events). After a change is committed every viewer of the text, on whichever
 * node it is connected, gets a small event naming what changed: the node that made the change signals it to all
 * nodes ({@link NodeSignals}, channel {@value #CHANNEL}), and each node passes it to its own viewers. Clients then
 * fetch what they may see through the ordinary, access-checked reads.
 * At shutdown every stream is ended first (browsers reconnect by themselves), so that the server's graceful
 * shutdown waits only for ordinary requests, not for streams that never finish.
 */
@Component
class TextEvents implements SmartLifecycle {

    static final String CHANNEL = "gsi_negotiation_text";
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    /** What a signal carries: ids and names only, far below a signal's size limit. */
    record Change(UUID text, long version, String kind, String paragraph, String party) {}

    private final Map<UUID, List<SseEmitter>> viewers = new ConcurrentHashMap<>();
    private final NodeSignals signals;
    private final JsonMapper json;
    private volatile boolean running;

    TextEvents(NodeSignals signals, JsonMapper json) {
        this.signals = signals;
        this.json = json;
        signals.listen(CHANNEL, payload -> deliver(json.readValue(payload, Change.class)));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Runs before the web server's graceful shutdown (a later phase stops earlier). */
    @Override
    public void stop() {
        running = false;
        viewers.values().forEach(list -> list.forEach(SseEmitter::complete));
        viewers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    SseEmitter subscribe(UUID text, long version) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        List<SseEmitter> list = viewers.computeIfAbsent(text, k -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(list, emitter, "hello", Map.of("text", text, "version", version));
        return emitter;
    }

    /** Tells the viewers of the text on every node; called after the change is committed. */
    void broadcast(UUID text, NegotiationService.CommandResult change, String party) {
        signals.send(
                CHANNEL,
                json.writeValueAsString(new Change(
                        text,
                        change.version(),
                        change.kind(),
                        change.paragraph().orElse(""),
                        party)));
    }

    private void deliver(Change change) {
        List<SseEmitter> list = viewers.get(change.text());
        if (list == null) {
            return;
        }
        Map<String, Object> data = Map.of(
                "text", change.text(),
                "version", change.version(),
                "kind", change.kind(),
                "paragraph", change.paragraph(),
                "party", change.party());
        for (SseEmitter emitter : list) {
            send(list, emitter, change.kind(), data);
        }
    }

    int viewers(UUID text) {
        return viewers.getOrDefault(text, List.of()).size();
    }

    /** Keeps idle connections open through proxies. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        viewers.forEach((text, list) -> list.forEach(e -> {
            try {
                e.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException ex) {
                list.remove(e);
            }
        }));
    }

    private static void send(List<SseEmitter> list, SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
        } catch (IOException | IllegalStateException e) {
            list.remove(emitter);
        }
    }
}
