package org.gsi.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The IATI export has no row limit: more projects than the old cap of 10,000 are all written, and validate. */
@PlatformTest
class IatiExportSizeTests {

    static final int PROJECTS = 10_050;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMatchingProjectIsExportedBeyondTenThousandAndTheFileValidates() throws Exception {
        String word = "exportsize" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO cooperation_project (id, owner_party, visibility, status, title, title_text,
                  priority_areas, planned_start, planned_end)
                SELECT gen_random_uuid(), 'BRA', 'OWNER', 'DRAFT', jsonb_build_object('en', :word || ' ' || i),
                  :word || ' ' || i, ARRAY['III.18'], DATE '2026-01-01', DATE '2026-12-31'
                FROM generate_series(1, :n) AS i
                """).param("word", word).param("n", PROJECTS).update();
        try {
            Api.Response export = new Api(port).get("/api/v1/exports/iati?q=" + word, "brazil");

            assertThat(export.status()).isEqualTo(200);
            assertThat(export.body().split("<iati-activity ", -1).length - 1).isEqualTo(PROJECTS);
            IatiApiTests.validate(export.body());
            assertThat(new Api(port)
                            .get("/api/v1/exports/iati?q=" + word, "china")
                            .body())
                    .doesNotContain(word);
        } finally {
            jdbc.sql("DELETE FROM cooperation_project WHERE title_text LIKE :word || ' %'")
                    .param("word", word)
                    .update();
        }
    }
}
