package org.gsi.negotiation.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live viewers of texts (server-sent events). After a change is committed every viewer of the text gets a small
 * event naming what changed; clients then fetch what they may see through the ordinary, access-checked reads.
 * At shutdown every stream is ended first (browsers reconnect by themselves), so that the server's graceful
 * shutdown waits only for ordinary requests, not for streams that never finish.
 */
@Component
class TextEvents implements SmartLifecycle {

    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private final Map<UUID, List<SseEmitter>> viewers = new ConcurrentHashMap<>();
    private volatile boolean running;

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

    void broadcast(UUID text, NegotiationService.CommandResult change, String party) {
        List<SseEmitter> list = viewers.get(text);
        if (list == null) {
            return;
        }
        Map<String, Object> data = Map.of(
                "text", text,
                "version", change.version(),
                "kind", change.kind(),
                "paragraph", change.paragraph().orElse(""),
                "party", party);
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
