package org.gsi.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accountability ledger and its per-party view sort by period, amount or status, page in the database, filter by
 * status and period, keep filters and order in every link, and never show another party's restricted pledges in rows
 * or totals.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTableTests {

    private static final String PASSWORD = "a-long-password-1";

    /** The number of a pledge "Promesa 07" in a row of the ledger. */
    private static final Pattern ROW = Pattern.compile(">(?:Promesa|Secreto) (\\d+)</a>");

    @LocalServerPort
    int port;

    Api api;
    String focal;

    /**
     * Tuvalu's focal point pledges 60 public pledges: the target of pledge i is (i × 37 mod 60 + 1) × 10 places, so
     * its order by amount is not the order of creation; every third ran through 2020 and lapsed, the others run now
     * with nothing delivered yet, so they are behind. Five more are Tuvalu's own ("owner").
     */
    @BeforeAll
    void pledges() {
        api = new Api(port);
        focal = "tuv" + Long.toString(System.nanoTime(), 36);
        Api.Response added = api.post(
                "/api/v1/users",
                "secretariat",
                "{\"username\":\"" + focal + "\",\"displayName\":\"Tuvalu focal point\",\"party\":\"TUV\","
                        + "\"role\":\"focal-point\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        api.login(focal, PASSWORD);
        for (int i = 0; i < 60; i++) {
            boolean old = i % 3 == 0;
            pledge(
                    String.format("Promesa %02d", i),
                    (i * 37 % 60 + 1) * 10,
                    old ? "2020-01-01" : LocalDate.now().minusMonths(6).toString(),
                    old ? "2020-12-31" : LocalDate.now().plusMonths(6).toString(),
                    "public");
        }
        for (int i = 0; i < 5; i++) {
            pledge(String.format("Secreto %02d", i), 15 + i, "2020-01-01", "2020-12-31", "owner");
        }
    }

    private void pledge(String text, int target, String start, String end, String visibility) {
        Api.Response r = api.post(
                "/api/v1/commitments",
                focal,
                "{\"text\":\"" + text + "\",\"unit\":\"training_places\",\"target\":" + target
                        + ",\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + end
                        + "\",\"priorityAreas\":[\"III.15\"],\"beneficiaryRule\":\"parties\",\"beneficiaries\":[\"KAZ\"],"
                        + "\"visibility\":\"" + visibility + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static int target(int pledge) {
        return (pledge * 37 % 60 + 1) * 10;
    }

    @Test
    void aSpanishReaderSeesRows26To50ByAmountAndTheFilterInEveryLink() {
        PageSession reader = PageSession.anonymous(port);
        reader.get("/lang?lang=es");
        var page = reader.get("/commitments?party=TUV&sort=amount&dir=asc&size=25&page=1");
        assertThat(page.status()).isEqualTo(200);
        List<Integer> expected = java.util.stream.IntStream.range(0, 60)
                .boxed()
                .sorted(java.util.Comparator.comparingInt(LedgerTableTests::target))
                .toList()
                .subList(25, 50);
        assertThat(numbers(page.body())).containsExactlyElementsOf(expected);
        assertThat(page.body())
                .contains("60 compromisos")
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/commitments?party=TUV&amp;sort=amount&amp;dir=desc&amp;size=25\"")
                .contains("href=\"/commitments?party=TUV&amp;sort=amount&amp;dir=asc&amp;size=25&amp;page=2\"")
                .contains("href=\"/commitments?party=TUV&amp;sort=status&amp;dir=asc&amp;size=25\"")
                .contains(" / " + target(expected.get(0)) + " ");
        assertThat(page.body()).doesNotContain("Secreto");
    }

    @Test
    void statusAndPeriodFilterTheRowsAndTheTotalsAlike() {
        PageSession reader = PageSession.anonymous(port);
        reader.get("/lang?lang=es");
        var lapsed = reader.get("/commitments/parties/TUV?status=lapsed&period=2020&sort=date&dir=desc&size=25");
        assertThat(lapsed.status()).isEqualTo(200);
        assertThat(numbers(lapsed.body())).hasSize(20).allMatch(n -> n % 3 == 0);
        assertThat(lapsed.body())
                .contains("20 compromisos")
                .contains("value=\"lapsed\" selected=\"selected\"")
                .contains("status s-lapsed")
                .doesNotContain("status s-behind");

        var behind = reader.get("/commitments?party=TUV&status=behind&sort=status&dir=asc&size=25&page=1");
        assertThat(numbers(behind.body())).hasSize(15).noneMatch(n -> n % 3 == 0);
        assertThat(behind.body())
                .contains("40 compromisos")
                .contains("href=\"/commitments?party=TUV&amp;status=behind&amp;sort=status&amp;dir=asc&amp;size=25\"");

        var refused = reader.get("/commitments?status=sleeping");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void restrictedPledgesReachOnlyTheirParty() {
        PageSession stranger = PageSession.login(port, "kazakhstan");
        stranger.get("/lang?lang=en");
        var theirs = stranger.get("/commitments/parties/TUV?period=2020&sort=amount&dir=asc&size=200");
        assertThat(theirs.body()).doesNotContain("Secreto").contains("20 pledges");
        assertThat(numbers(theirs.body())).hasSize(20);
        Api.Response api20 = api.get("/api/v1/commitments?party=TUV&period=2020&sort=amount&size=200", "kazakhstan");
        assertThat(api20.json().get("total").asLong()).isEqualTo(20);
        assertThat(api20.body()).doesNotContain("Secreto");

        PageSession own = PageSession.login(port, focal, PASSWORD);
        own.get("/lang?lang=en");
        var mine = own.get("/commitments/parties/TUV?period=2020&sort=amount&dir=asc&size=25");
        List<Integer> rows = numbers(mine.body());
        assertThat(rows).hasSize(25);
        assertThat(mine.body()).contains("Secreto 00").contains("25 pledges");
        Api.Response ownApi = api.get("/api/v1/commitments?party=TUV&period=2020&status=lapsed", focal);
        assertThat(ownApi.json().get("total").asLong()).isEqualTo(25);

        Api.Response refused = api.get("/api/v1/commitments?sort=target;DROP");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("sort");
    }

    private static List<Integer> numbers(String body) {
        return ROW.matcher(body)
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
    }
}
