package org.gsi.identity.internal;

import java.util.List;
import org.gsi.platform.GsiProperties;
import org.gsi.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts (DESIGN.md §7), password from {@code GSI_DEMO_PASSWORD} (default {@code demo}). */
@Component
@Order(10)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class IdentityDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityDemo.class);

    record DemoAccount(String username, String displayName, String party, Role role) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("secretariat", "Demo secretariat administrator", "gsi-secretariat", Role.SECRETARIAT_ADMIN),
            new DemoAccount("china", "Demo focal point of China", "CHN", Role.FOCAL_POINT),
            new DemoAccount("kazakhstan", "Demo focal point of Kazakhstan", "KAZ", Role.FOCAL_POINT),
            new DemoAccount("ethiopia", "Demo focal point of Ethiopia", "ETH", Role.FOCAL_POINT),
            new DemoAccount("indonesia", "Demo focal point of Indonesia", "IDN", Role.FOCAL_POINT),
            new DemoAccount("brazil", "Demo focal point of Brazil", "BRA", Role.FOCAL_POINT),
            new DemoAccount("african-union", "Demo focal point of the African Union", "au", Role.FOCAL_POINT));

    private final UserService users;
    private final UserStore store;
    private final GsiProperties properties;

    IdentityDemo(UserService users, UserStore store, GsiProperties properties) {
        this.users = users;
        this.store = store;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (DemoAccount a : ACCOUNTS) {
            if (store.byUsername(a.username()).isEmpty()) {
                users.addAsOperator(
                        "demo scenario",
                        new UserService.AddUserRequest(
                                a.username(),
                                a.displayName(),
                                null,
                                a.party(),
                                a.role().name(),
                                properties.demoPassword(),
                                "en"),
                        true);
                added++;
            }
        }
        if (added > 0) {
            log.info(
                    "Demo scenario: {} demo accounts added ({}), password from GSI_DEMO_PASSWORD",
                    added,
                    ACCOUNTS.stream().map(DemoAccount::username).toList());
        }
    }
}
