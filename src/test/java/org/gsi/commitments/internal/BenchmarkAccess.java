package org.gsi.commitments.internal;

import org.gsi.registry.PartySummary;

/** Lets benchmarks pick developing countries by the same rule the ledger uses. */
public final class BenchmarkAccess {

    private BenchmarkAccess() {}

    public static boolean developing(PartySummary party) {
        return RegistryPartyAttributes.isDeveloping(party);
    }
}
