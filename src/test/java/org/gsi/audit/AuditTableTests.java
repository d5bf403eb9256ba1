package org.gsi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The audit trail as a table: sorted by a column the reader picks, paged, and exported as the page filters it. */
@PlatformTest
class AuditTableTests {

    private static final Pattern CSV_LINK = Pattern.compile("href=\"([^\"]*/api/v1/audit/export\\.csv[^\"]*)\"");
    private static final Pattern USERNAME_CELLS = Pattern.compile("<td>([a-z0-9._-]+)</td><td>");

    @LocalServerPort
    int port;

    @Test
    void theExportLinkOfAFormSubmittedWithEmptyFiltersDownloadsTheWholeTrail() throws Exception {
        PageSession secretariat = PageSession.login(port, "secretariat");
        var page = secretariat.get("/audit?party=&username=&outcome=&lang=fr");
        assertThat(page.status()).isEqualTo(200);
        Matcher link = CSV_LINK.matcher(page.body());
        assertThat(link.find()).as(page.body()).isTrue();

        var download = secretariat.get(HtmlUtils.htmlUnescape(link.group(1)));
        assertThat(download.status()).as(download.body()).isEqualTo(200);
        assertThat(download.body()).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(download.body().substring(1)))
                .getRecords();
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(rows.get(0).toMap()).containsKeys("Utilisateur", "Partie", "Code de la partie");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("Code de la partie")).isEqualTo("CHN");
            assertThat(r.get("Partie")).isEqualTo("Chine");
        });
    }

    @Test
    void aProgramAskingWithoutALanguageKeepsTheStableColumnNamesAndNoByteOrderMark() {
        var download = PageSession.login(port, "secretariat").get("/api/v1/audit/export.csv?party=&username=");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).startsWith("id,at,username,party,party_name,action");
        assertThat(download.body().lines().count()).isGreaterThan(5);
    }

    @Test
    void theTrailSortsByTheColumnChosenAndItsLinksKeepTheFilters() {
        PageSession secretariat = PageSession.login(port, "secretariat");
        var page = secretariat.get("/audit?outcome=done&sort=username&dir=asc&size=25");
        assertThat(page.status()).isEqualTo(200);
        List<String> usernames = USERNAME_CELLS
                .matcher(page.body())
                .results()
                .map(m -> m.group(1).substring(0, 1))
                .toList();
        assertThat(usernames).hasSizeGreaterThan(1).isSorted();
        assertThat(page.body())
                .contains("aria-sort=\"ascending\"")
                .contains("/audit?outcome=done&amp;sort=username&amp;dir=desc&amp;size=25");
        assertThat(secretariat.get("/audit?sort=at;DROP&dir=asc").status()).isEqualTo(200);
    }
}
