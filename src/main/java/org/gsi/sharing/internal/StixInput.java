package org.gsi.sharing.internal;

import java.util.List;
import org.gsi.sharing.internal.stix.BundleReader;
import org.gsi.sharing.internal.stix.StixReader;
import org.gsi.sharing.internal.stix.StixSchemas;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads bundles and their objects against the STIX 2.1 schemas (loaded once, just after start). The objects of a large
 * bundle are read on all cores; the result keeps the bundle's order.
 */
@Component
class StixInput {

    static final int PARALLEL_FROM = 200;

    private final BundleReader bundles = new BundleReader(JsonMapper.builder().build());
    private final StixSchemas schemas = new StixSchemas();
    private final StixReader reader = new StixReader(schemas);
    private final ObjectStore objects;

    StixInput(ObjectStore objects) {
        this.objects = objects;
    }

    /**
     * Loads every schema once the platform is up, on a thread of its own, so that neither the start nor the first
     * bundle waits for them; a bundle read meanwhile loads the schemas it needs itself.
     */
    @EventListener(ApplicationReadyEvent.class)
    void preloadSchemas() {
        Thread thread = new Thread(schemas::preload, "stix-schemas-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    List<StixReader.Read> read(byte[] body) {
        List<BundleReader.Element> elements = bundles.read(body);
        return (elements.size() >= PARALLEL_FROM ? elements.parallelStream() : elements.stream())
                .map(reader::read)
                .toList();
    }

    List<String> readableMarkings(Reader reader, List<String> ids) {
        return objects.readableMarkings(reader, ids);
    }
}
