package org.gsi.concerns.internal;

import java.util.List;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A demo concern of Kazakhstan about cyber operations in Central Asia; labelled demo. */
@Component
@Order(40)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class ConcernsDemo implements ApplicationRunner {

    static final String TEXT = "[Demo] Cyber capacity projects that install monitoring of networks on our"
            + " territory or in Central Asia must not create access to our critical infrastructure for third"
            + " parties.";

    private final ConcernService concerns;
    private final JdbcClient jdbc;

    ConcernsDemo(ConcernService concerns, JdbcClient jdbc) {
        this.concerns = concerns;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean present = jdbc.sql("SELECT count(*) FROM concerns_concern WHERE demo")
                        .query(Long.class)
                        .single()
                > 0;
        if (present) {
            return;
        }
        concerns.register(
                new Actor("kazakhstan", "KAZ", Role.FOCAL_POINT),
                new ConcernService.RegisterConcernRequest(
                        TEXT,
                        List.of("cybersecurity"),
                        List.of("KAZ", "KGZ", "TJK", "TKM", "UZB"),
                        List.of("143"),
                        List.of(),
                        List.of(),
                        "public"),
                true);
    }
}
