package org.gsi.registry.internal;

import java.util.Map;
import org.gsi.audit.AuditLog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo content of the registry, labelled as such: an institution registered by the secretariat and contact
 * points of the demo parties, one of them visible to its own party only.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class RegistryDemo implements ApplicationRunner {

    static final String ACADEMY = "demo-security-academy";

    private final PartyStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    RegistryDemo(PartyStore store, JdbcClient jdbc, AuditLog audit) {
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (store.exists(ACADEMY)) {
            return;
        }
        store.insertOther(
                ACADEMY,
                "institution",
                "Demo Academy",
                Map.of(
                        "en",
                        "[Demo] Academy for Security Cooperation Studies",
                        "fr",
                        "[Démo] Académie d'études de la coopération en matière de sécurité",
                        "es",
                        "[Demo] Academia de Estudios de Cooperación en Seguridad",
                        "ru",
                        "[Демо] Академия исследований сотрудничества в сфере безопасности",
                        "ar",
                        "[تجريبي] أكاديمية دراسات التعاون الأمني",
                        "zh",
                        "[演示] 安全合作研究学院"),
                null,
                "IV.5",
                "A fictitious police and security academy that hosts exchange courses (demo content).",
                true);
        contact("CHN", "PUBLIC", "[Demo] GSI focal point office", "gsi-focal-point@example.cn", "+86 10 0000 0000");
        contact("KAZ", "PUBLIC", "[Demo] Department of multilateral cooperation", "multilateral@example.kz", null);
        contact("KAZ", "OWNER", "[Demo] Duty officer (internal)", "duty@example.kz", "+7 7172 00 00 00");
        contact("ETH", "PUBLIC", "[Demo] Peace and security directorate", "peace-security@example.et", null);
        contact("au", "PUBLIC", "[Demo] Peace and Security Department liaison", "psd-liaison@example.org", null);
        audit.recordSystem("demo scenario", "register", "party", ACADEMY, "Demo institution and contact points added");
    }

    private void contact(String party, String visibility, String office, String email, String phone) {
        jdbc.sql(
                        "INSERT INTO registry_contact (id, owner_party, visibility, office, email, phone) VALUES (?, ?, ?, ?, ?, ?)")
                .params(java.util.UUID.randomUUID(), party, visibility, office, email, phone)
                .update();
    }
}
