package org.gsi.commitments;

import java.util.UUID;

/** Stable identities of the demo scenario's pledges, so that other modules' demo content can refer to them. */
public final class DemoPledges {

    /** China's pledge of 5,000 training places for developing countries over five years. */
    public static final PledgeId TRAINING_PLACES = new PledgeId(UUID.nameUUIDFromBytes(
            "demo:pledge:chn-5000-training-places".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    /** A financial pledge to African Union-led peace operations. */
    public static final PledgeId AU_FINANCE = new PledgeId(
            UUID.nameUUIDFromBytes("demo:pledge:chn-au-finance".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    private DemoPledges() {}
}
