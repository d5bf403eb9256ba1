package org.gsi.sharing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo scenario: China opens a sharing group with Kazakhstan and Ethiopia (members do not see each other) and
 * sends it TLP:AMBER and TLP:RED objects about a demo malware; it publishes a TLP:CLEAR vulnerability and a
 * TLP:GREEN report in its own collection. Everything enters through {@link Ingest}; labelled demo.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class SharingDemo implements ApplicationRunner {

    static final Actor CHINA = new Actor("china", "CHN", Role.FOCAL_POINT);
    static final String GROUP = "[Demo] Cyber incident exchange";

    private final GroupService groups;
    private final GroupStore store;
    private final Ingest ingest;

    SharingDemo(GroupService groups, GroupStore store, Ingest ingest) {
        this.groups = groups;
        this.store = store;
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.anyDemo()) {
            return;
        }
        var g = groups.create(
                CHINA,
                new GroupService.CreateGroupRequest(
                        GROUP,
                        "[Demo] Indicators and incidents about LoaderX, shared by China with Kazakhstan and Ethiopia.",
                        false,
                        List.of("KAZ", "ETH")),
                true);
        ingest.ingest(CHINA, g.id(), resource("group-bundle.json"), "demo");
        ingest.ingest(CHINA, PartyIdentities.collectionOf("CHN"), resource("public-bundle.json"), "demo");
    }

    private static byte[] resource(String name) {
        try (InputStream in = SharingDemo.class.getResourceAsStream("/sharing/demo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
