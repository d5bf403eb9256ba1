package org.gsi.earlywarning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.gsi.earlywarning.GedFile;
import org.gsi.earlywarning.internal.store.EventOrder;
import org.gsi.earlywarning.internal.store.EventQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The event table sorts by the column chosen, pages in the database with the page size chosen, and keeps its filters
 * and order in every link; the API sorts the same way and refuses a column it cannot sort by. Thirty events of
 * Luxembourg (no other test's country), one a month from January 1991, each with its own number of deaths.
 */
@PlatformTest
class EventListPagesTests {

    private static final long FIRST_ID = 880_000_001L;
    private static final int EVENTS = 30;
    private static final Pattern IDS = Pattern.compile("<code>ucdp-ged (\\d+)</code>");
    private static final String FILTER = "country=LUX&from=1991-01-01&to=1993-06-30";

    /** Deaths of the i-th event: every number from 1 to 30 once, in a shuffled order. */
    private static int deaths(int i) {
        return (i * 7) % EVENTS + 1;
    }

    private static boolean imported;

    @LocalServerPort
    int port;

    @Autowired
    EventQueries queries;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;

    @BeforeEach
    void importOnce() throws Exception {
        api = new Api(port);
        synchronized (EventListPagesTests.class) {
            if (!imported) {
                Api.Response submitted =
                        api.upload("/api/v1/events/imports", "secretariat", "luxembourg.csv", file(), Map.of());
                assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
                String job = submitted.json().get("id").asString();
                long deadline = System.currentTimeMillis() + 60_000;
                String status = "";
                while (System.currentTimeMillis() < deadline && !status.equals("DONE") && !status.equals("FAILED")) {
                    Thread.sleep(200);
                    status = api.get("/api/v1/events/imports/" + job, "secretariat")
                            .json()
                            .get("status")
                            .asString();
                }
                assertThat(status).isEqualTo("DONE");
                imported = true;
            }
        }
    }

    @Test
    void theSecondPageShowsRows26To30SortedByFatalitiesAndEveryLinkKeepsTheFilters() {
        PageSession reader = PageSession.anonymous(port);

        var second = reader.get("/early-warning/events?" + FILTER + "&sort=fatalities&dir=asc&size=25&page=1");

        assertThat(second.status()).isEqualTo(200);
        assertThat(ids(second.body())).containsExactlyElementsOf(idsByDeaths().subList(25, 30));
        assertThat(second.body())
                .contains("30 events")
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/early-warning/events?country=LUX&amp;from=1991-01-01&amp;to=1993-06-30"
                        + "&amp;sort=fatalities&amp;dir=asc&amp;size=25\"")
                .contains("href=\"/early-warning/events?country=LUX&amp;from=1991-01-01&amp;to=1993-06-30"
                        + "&amp;sort=fatalities&amp;dir=desc&amp;size=25\"");
        var first = reader.get("/early-warning/events?" + FILTER + "&sort=fatalities&dir=asc&size=25");
        assertThat(ids(first.body())).containsExactlyElementsOf(idsByDeaths().subList(0, 25));
        assertThat(first.body())
                .contains("href=\"/early-warning/events?country=LUX&amp;from=1991-01-01&amp;to=1993-06-30"
                        + "&amp;sort=fatalities&amp;dir=asc&amp;size=25&amp;page=1\"");
    }

    @Test
    void overEveryCountryTheDateOrderPagesExactlyAsASortOfTheWholeStoreWould() {
        for (boolean descending : new boolean[] {true, false}) {
            for (String[] period : new String[][] {{null, null}, {"1991-01-01", "1993-06-30"}}) {
                var filter = new EventQueries.EventFilter(
                        null,
                        null,
                        null,
                        null,
                        period[0] == null ? null : java.time.LocalDate.parse(period[0]),
                        period[1] == null ? null : java.time.LocalDate.parse(period[1]));
                String direction = descending ? "DESC" : "ASC";
                List<String> whole = jdbc.sql("SELECT source || ' ' || source_id FROM earlywarning_event"
                                + (period[0] == null ? "" : " WHERE event_date BETWEEN :from AND :to")
                                + " ORDER BY month " + direction + ", event_date " + direction
                                + ", source, source_id LIMIT 100")
                        .params(
                                period[0] == null
                                        ? Map.of()
                                        : Map.of(
                                                "from", java.time.LocalDate.parse(period[0]),
                                                "to", java.time.LocalDate.parse(period[1])))
                        .query(String.class)
                        .list();
                List<String> paged = new ArrayList<>();
                for (int page = 0; page < 4; page++) {
                    queries.list(filter, new EventOrder("date", descending), page, 25, 10_000).items().stream()
                            .map(e -> e.source() + " " + e.sourceId())
                            .forEach(paged::add);
                }
                assertThat(paged)
                        .as("%s, %s", direction, period[0])
                        .hasSize(whole.size())
                        .containsExactlyElementsOf(whole);
            }
        }
    }

    @Test
    void byDefaultTheNewestComeFirstAndAFrenchReaderReadsTheCountInFrench() {
        var page = PageSession.anonymous(port).get("/early-warning/events?" + FILTER + "&size=25&lang=fr");

        List<String> ids = ids(page.body());
        assertThat(ids).hasSize(25);
        assertThat(ids.get(0)).isEqualTo(Long.toString(FIRST_ID + EVENTS - 1));
        assertThat(ids).isSortedAccordingTo(Comparator.<String>reverseOrder());
        assertThat(page.body()).contains("30 événements").contains("aria-sort=\"descending\"");
    }

    @Test
    void fatalitiesSortOnlyWithinOneCountryAndAColumnNameFromTheAddressNeverReachesTheQuery() {
        var all = PageSession.anonymous(port).get("/early-warning/events?sort=fatalities&dir=asc&size=25");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).doesNotContain("sort=fatalities").contains("aria-sort=\"descending\"");
        assertThat(PageSession.anonymous(port)
                        .get("/early-warning/events?" + FILTER + "&sort=fatalities;DROP&dir=asc")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theApiSortsByFatalitiesKeepsItsPagingAndRefusesAColumnItCannotSortBy() {
        JsonNode page = api.get("/api/v1/events?" + FILTER + "&sort=fatalities&dir=desc&size=5&page=1")
                .json();
        assertThat(page.get("total").asLong()).isEqualTo(EVENTS);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(e -> ids.add(e.get("sourceId").asString()));
        List<String> mostFirst = new ArrayList<>(idsByDeaths());
        java.util.Collections.reverse(mostFirst);
        assertThat(ids).containsExactlyElementsOf(mostFirst.subList(5, 10));

        Api.Response refused = api.get("/api/v1/events?sort=fatalities");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("sort");
    }

    @Test
    void aFilterTheRollupsCannotAnswerIsCountedOnlyUpToTheCap() {
        var filter = new EventQueries.EventFilter("LUX", null, "ucdp-ged", null, null, null);

        assertThat(queries.list(filter, EventOrder.NEWEST, 0, 5, 10).total()).isEqualTo(11);
        assertThat(queries.list(filter, EventOrder.NEWEST, 0, 5, 100).total()).isEqualTo(EVENTS);
        assertThat(EventQueries.rollupsCount(filter)).isFalse();
    }

    private static List<String> ids(String body) {
        return IDS.matcher(body).results().map(m -> m.group(1)).toList();
    }

    /** The events' ids, fewest deaths first. */
    private static List<String> idsByDeaths() {
        Map<Integer, String> byDeaths = new java.util.TreeMap<>();
        for (int i = 0; i < EVENTS; i++) {
            byDeaths.put(deaths(i), Long.toString(FIRST_ID + i));
        }
        return new ArrayList<>(byDeaths.values());
    }

    private static byte[] file() {
        int[] deaths = new int[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            deaths[i] = deaths(i);
        }
        return GedFile.monthly(
                new GedFile.Country("Luxembourg", 212, "Europe", "Luxembourg", 49.6, 6.1, 204925),
                YearMonth.of(1991, 1),
                FIRST_ID,
                deaths);
    }
}
