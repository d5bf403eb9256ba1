package org.gsi.cooperation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;

/** Answers of the registry remembered for the length of one import, where the same codes come up again and again. */
final class RegistryMemo {

    private final Registry registry;
    private final Map<String, Optional<PartySummary>> found = new HashMap<>();
    private final Map<String, Boolean> exists = new HashMap<>();

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
