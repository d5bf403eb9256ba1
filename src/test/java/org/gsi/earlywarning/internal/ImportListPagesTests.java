package org.gsi.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The imports list shows every import, however many, a page at a time: sorted by the column chosen, narrowed to one
 * state, the state and order kept in every link. Twenty-seven failed imports whose file names sort after any other.
 */
@PlatformTest
class ImportListPagesTests {

    private static final Pattern FILES = Pattern.compile("href=\"/early-warning/imports/[0-9a-f-]{36}\">([^<]+)</a>");
    private static boolean stored;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void storeOnce() {
        synchronized (ImportListPagesTests.class) {
            if (stored) {
                return;
            }
            for (int i = 0; i < 27; i++) {
                jdbc.sql("INSERT INTO earlywarning_import_job (id, file_name, file_hash, status, submitted_by,"
                                + " submitted_party, error) VALUES (?, ?, ?, 'FAILED', 'secretariat', 'gsi-secretariat',"
                                + " 'unreadable')")
                        .params(UUID.randomUUID(), name(i), "hash-" + UUID.randomUUID())
                        .update();
            }
            stored = true;
        }
    }

    @Test
    void rows26And27OfTheFailedImportsByFileNameWithTheStateKeptInEveryLink() {
        PageSession china = PageSession.login(port, "china");

        var second = china.get("/early-warning/imports?status=FAILED&sort=file&dir=desc&size=25&page=1");

        assertThat(second.status()).isEqualTo(200);
        List<String> files =
                FILES.matcher(second.body()).results().map(m -> m.group(1)).toList();
        assertThat(files).startsWith(name(1), name(0));
        assertThat(files).doesNotContain(name(2));
        assertThat(second.body())
                .contains("aria-sort=\"descending\"")
                .contains("href=\"/early-warning/imports?status=FAILED&amp;sort=file&amp;dir=desc&amp;size=25\"")
                .contains("href=\"/early-warning/imports?status=FAILED&amp;sort=file&amp;dir=asc&amp;size=25\"");
        var first = china.get("/early-warning/imports?status=FAILED&sort=file&dir=desc&size=25");
        assertThat(FILES.matcher(first.body()).results().map(m -> m.group(1)).toList())
                .startsWith(name(26), name(25))
                .contains(name(2))
                .doesNotContain(name(1));
        assertThat(china.get("/early-warning/imports?status=DONE&size=200").body())
                .doesNotContain(name(0));
    }

    private static String name(int i) {
        return String.format("zzzz-list-%02d.csv", i);
    }
}
