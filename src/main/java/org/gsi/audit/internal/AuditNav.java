package org.gsi.audit.internal;

import org.gsi.platform.NavItem;
import org.gsi.platform.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNav {

    @Bean
    NavItem auditNavItem() {
        return new NavItem("nav.audit", "/audit", 95, false, Permission.READ_PARTY_AUDIT);
    }
}
