package org.gsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSV a page links to is for people: a byte order mark so spreadsheet programs read it as UTF-8, headings in the
 * reader's language and the parties' names next to their codes. Asked for without a language, it stays as programs
 * know it.
 */
@PlatformTest
class ExportsForReadersTests {

    @LocalServerPort
    int port;

    static List<CSVRecord> rows(Api.Response r) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).startsWith("\uFEFF");
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(r.body().substring(1)))
                .getRecords();
    }

    @Test
    void theProjectListLinksToACsvInTheReadersLanguageWithNamesNextToCodes() throws Exception {
        Api api = new Api(port);
        String page = PageSession.login(port, "china").get("/projects?lang=zh").body();
        assertThat(page).contains("/api/v1/exports/projects.csv?").contains("lang=zh");

        List<CSVRecord> projects = rows(api.get("/api/v1/exports/projects.csv?lang=zh", "china"));

        assertThat(projects).isNotEmpty();
        assertThat(projects.get(0).toMap()).containsKeys("标题", "发起方代码", "发起方", "国家代码", "国家");
        assertThat(projects).anySatisfy(p -> {
            assertThat(p.get("发起方代码")).isEqualTo("CHN");
            assertThat(p.get("发起方")).isEqualTo("中国");
        });
    }

    @Test
    void theLedgerAsCsvNamesThePledgingPartyInArabic() throws Exception {
        Api api = new Api(port);
        String page =
                PageSession.login(port, "china").get("/commitments?lang=ar").body();
        assertThat(page).contains("id=\"pledges-csv\"").contains("lang=ar");

        List<CSVRecord> pledges = rows(api.get("/api/v1/commitments/export.csv?party=CHN&lang=ar", "china"));

        assertThat(pledges).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("رمز الطرف المتعهد")).isEqualTo("CHN");
            assertThat(p.get("الطرف المتعهد")).isEqualTo("الصين");
        });
    }

    @Test
    void aProgramAskingWithoutALanguageGetsTheStableColumnsAndNoByteOrderMark() {
        Api.Response csv = new Api(port).get("/api/v1/exports/projects.csv", "china");

        assertThat(csv.body()).startsWith("id,title,status,initiator,initiator_name,participants");
    }

    @Test
    void eventsAndIndicatorsNameTheirCountriesInTheReadersLanguage() throws Exception {
        Api api = new Api(port);

        List<CSVRecord> events = rows(api.get("/api/v1/events/export.csv?country=CAF&lang=fr", "china"));
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("Code du pays")).isEqualTo("CAF");
            assertThat(e.get("Pays")).isEqualTo("République centrafricaine");
        });
        assertThat(events.get(0).toMap()).containsKeys("Source", "Date", "Morts (meilleure estimation)");

        List<CSVRecord> indicators =
                rows(api.get("/api/v1/indicators/export.csv?unit=country&country=CAF&from=2000-01&lang=ru", "china"));
        assertThat(indicators)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("Страна")).isEqualTo("Центральноафриканская Республика"));
    }
}
