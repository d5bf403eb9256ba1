package org.gsi.registry.internal;

import org.gsi.platform.PartyNames;
import org.gsi.registry.PartySummary;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Component;

/** Party names as the registry keeps them, for modules that may not depend on the registry (the audit trail). */
@Component
class RegistryPartyNames implements PartyNames {

    private final Registry registry;

    RegistryPartyNames(Registry registry) {
        this.registry = registry;
    }

    @Override
    public String of(String code, String language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return registry.find(code).map((PartySummary p) -> p.name(language)).orElse(code);
    }
}
