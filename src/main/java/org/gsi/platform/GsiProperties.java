package org.gsi.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the platform under {@code gsi.*}.
 *
 * @param dataDir where the embedded database and uploaded files are kept
 * @param demo whether the demo scenario (accounts and labelled demo content) is loaded
 * @param demoPassword the password of the demo accounts
 */
@ConfigurationProperties("gsi")
public record GsiProperties(Path dataDir, boolean demo, String demoPassword) {

    public GsiProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        demoPassword = demoPassword == null || demoPassword.isBlank() ? "demo" : demoPassword;
    }
}
