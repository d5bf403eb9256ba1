package org.gsi.earlywarning.internal.situations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gsi.earlywarning.internal.ingest.EventImportService;
import org.gsi.earlywarning.internal.situations.SituationViews.AddAssessmentRequest;
import org.gsi.earlywarning.internal.situations.SituationViews.CreateSituationRequest;
import org.gsi.platform.GsiProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo content: the shipped UCDP GED 23.1 extract for the Central African Republic, imported once, and a labelled
 * demo situation with an assessment by the secretariat and one by the African Union.
 */
@Component
@ConditionalOnProperty(name = "gsi.demo", havingValue = "true")
@Order(60)
class EarlyWarningDemo implements ApplicationRunner {

    static final String TITLE = "[Demo] Central African Republic";
    private static final String EXTRACT = "GEDEvent_v23_1_CAR.csv";

    private final EventImportService imports;
    private final SituationService situations;
    private final JdbcClient jdbc;
    private final GsiProperties properties;
    private final boolean events;

    EarlyWarningDemo(
            EventImportService imports,
            SituationService situations,
            JdbcClient jdbc,
            GsiProperties properties,
            @org.springframework.beans.factory.annotation.Value("${gsi.demo.events:true}") boolean events) {
        this.imports = imports;
        this.situations = situations;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    /** Imports the CAR extract unless {@code gsi.demo.events=false} (a store meant for other event files). */
    @Override
    public void run(ApplicationArguments args) {
        if (events) {
            importExtract();
        }
        UUID id = situations
                .findByTitle(TITLE)
                .orElseGet(() -> situations
                        .createForDemo(
                                "gsi-secretariat",
                                new CreateSituationRequest(
                                        TITLE,
                                        "Armed conflict between the government, its allies and armed groups since 2012;"
                                                + " violence against civilians in the north-west and south-east. Event data:"
                                                + " UCDP GED 23.1.",
                                        List.of("CAF"),
                                        List.of("armed-conflict"),
                                        List.of("CAF", "au"),
                                        "MONITORING",
                                        "PUBLIC"))
                        .id());
        situations.addDemoAssessment(
                id,
                "gsi-secretariat",
                new AddAssessmentRequest(
                        "HIGH",
                        "State-based and one-sided violence continue in several prefectures; fatalities in 2022 stay above"
                                + " the 2019 level. [Demo assessment]",
                        "PUBLIC",
                        LocalDate.of(2023, 1, 15)));
        situations.addDemoAssessment(
                id,
                "au",
                new AddAssessmentRequest(
                        "HIGH",
                        "Regional view shared with the parties concerned only. [Demo assessment]",
                        "PARTICIPANTS",
                        LocalDate.of(2023, 1, 20)));
    }

    private void importExtract() {
        boolean done = jdbc.sql("SELECT count(*) FROM earlywarning_import_job WHERE demo AND status = 'DONE'")
                        .query(Long.class)
                        .single()
                > 0;
        if (done) {
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/earlywarning/demo/" + EXTRACT)) {
            Path dir = Files.createDirectories(properties.dataDir().resolve("earlywarning"));
            Path file = dir.resolve(EXTRACT);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            imports.importNow(
                    new EventImportService.ForegroundImport("demo", file, "ucdp-ged", "", false, true), n -> {});
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
