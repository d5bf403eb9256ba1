package org.gsi.sharing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.registry.PartyQuery;
import org.gsi.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The STIX identity of each party of the registry: {@code identity--} and a name-based UUID (version 5) of the party
 * code, the same on every installation. Objects a party sends without {@code created_by_ref} are bound to it; an
 * object that names another party's identity as its creator is refused. The reverse lookup is derived from the
 * registry and rebuilt at most once a minute when an unknown identity is asked for.
 */
@Component
public class PartyIdentities {

    private static final UUID NAMESPACE = UUID.fromString("6f1c2b9e-3a57-4d1e-9c1a-5e0b8d7f4a21");
    private static final Duration REBUILD_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final Registry registry;
    private volatile Map<String, String> partyByIdentity = Map.of();
    private volatile Instant builtAt = Instant.EPOCH;

    PartyIdentities(Registry registry) {
        this.registry = registry;
    }

    public static String of(String party) {
        return "identity--" + nameUuid("gsi-party:" + party);
    }

    /** The collection id of a party's own collection. */
    public static UUID collectionOf(String party) {
        return nameUuid("gsi-party-collection:" + party);
    }

    /** The party whose identity this is, if it is one of the registry's parties. */
    public Optional<String> partyOf(String identityId) {
        String party = partyByIdentity.get(identityId);
        if (party == null && Instant.now().isAfter(builtAt.plus(REBUILD_AT_MOST_EVERY))) {
            rebuild();
            party = partyByIdentity.get(identityId);
        }
        return Optional.ofNullable(party);
    }

    private synchronized void rebuild() {
        Map<String, String> map = new HashMap<>();
        for (int page = 0; ; page++) {
            var found = registry.search(new PartyQuery(null, null, null, null, null, "en", page, 500));
            found.items().forEach(p -> map.put(of(p.code()), p.code()));
            if ((long) (page + 1) * 500 >= found.total()) {
                break;
            }
        }
        partyByIdentity = Map.copyOf(map);
        builtAt = Instant.now();
    }

    /** RFC 4122 name-based UUID, version 5 (SHA-1). */
    static UUID nameUuid(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16)
                    .putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
