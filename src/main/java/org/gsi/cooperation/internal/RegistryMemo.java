package org.gsi.cooperation.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;

/**
 * Answers of the registry remembered for the length of one import, where the same codes come up again and again;
 * shared by the threads writing the import.
 */
final class RegistryMemo {

    private final Registry registry;
    private final Map<String, Optional<PartySummary>> found = new ConcurrentHashMap<>();
    private final Map<String, Boolean> exists = new ConcurrentHashMap<>();

    RegistryMemo(Registry registry) {
        this.registry = registry;
    }

    Optional<PartySummary> find(String code) {
        return found.computeIfAbsent(code, registry::find);
    }

    boolean exists(String code) {
        return exists.computeIfAbsent(code, registry::exists);
    }
}
