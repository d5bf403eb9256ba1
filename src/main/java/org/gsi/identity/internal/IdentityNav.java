package org.gsi.identity.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNav {

    @Bean
    NavItem usersNav() {
        return new NavItem("nav.users", "/admin/users", 96, false, Permission.MANAGE_PARTY_USERS);
    }
}
