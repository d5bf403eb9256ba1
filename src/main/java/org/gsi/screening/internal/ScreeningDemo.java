package org.gsi.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.gsi.platform.Actor;
import org.gsi.platform.Role;
import org.gsi.platform.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo content: the UN list sample of 2018 (137 real entries) as the UN list, and a small national list of China's
 * (fictitious entries, visible to China alone), each imported once through the same import as any file.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
class ScreeningDemo implements ApplicationRunner {

    static final String SAMPLE = "/screening/demo/un_sc_consolidated_2018_sample.xml";
    static final String NATIONAL = "/screening/demo/national-list-chn.csv";
    private static final Logger log = LoggerFactory.getLogger(ScreeningDemo.class);

    private final ListImports imports;
    private final ListStore store;

    ScreeningDemo(ListImports imports, ListStore store) {
        this.imports = imports;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.list(ListStore.UN).isEmpty()) {
            Actor secretariat = new Actor("demo-secretariat", ScreeningAccess.SECRETARIAT, Role.SECRETARIAT_ADMIN);
            ImportReport r = imports.importUn(secretariat, resource(SAMPLE), "un_sc_consolidated_2018_sample.xml");
            log.info(
                    "Demo scenario: UN list sample imported ({} entries)",
                    r.counts().added());
        }
        String chinaList = ListImports.nationalId("CHN", "demo");
        if (store.list(chinaList).isEmpty()) {
            Actor china = new Actor("demo-china", "CHN", Role.FOCAL_POINT);
            imports.importNational(
                    china,
                    "demo",
                    "Demo national list (fictitious entries)",
                    Visibility.OWNER,
                    List.of(),
                    "csv",
                    resource(NATIONAL),
                    "national-list-chn.csv");
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = Objects.requireNonNull(ScreeningDemo.class.getResourceAsStream(path), path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
