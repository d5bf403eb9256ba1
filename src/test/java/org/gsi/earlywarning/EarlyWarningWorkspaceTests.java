package org.gsi.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The early-warning workspace: its own navigation on every page, a map period the user picks with a legend, and no
 * link a visitor follows only to be sent to the login page.
 */
@PlatformTest
class EarlyWarningWorkspaceTests {

    private static final Pattern LINK = Pattern.compile("href=\"(/early-warning[^\"#]*)\"");
    private static final List<String> PAGES = List.of(
            "/early-warning",
            "/early-warning/events",
            "/early-warning/alerts",
            "/early-warning/models",
            "/early-warning/forecasts/map");

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void everyPageCarriesTheWorkspaceNavigationWithTheLoginOnlyEntriesForSignedInUsers() {
        for (String page : PAGES) {
            String anonymous = api.get(page).body();
            assertThat(anonymous).as(page).contains("class=\"subnav\"").contains("href=\"/early-warning/alerts\"");
            assertThat(anonymous)
                    .as(page)
                    .doesNotContain("href=\"/early-warning/alerts/rules\"")
                    .doesNotContain("href=\"/early-warning/alerts/subscriptions\"")
                    .doesNotContain("href=\"/early-warning/imports\"");
            assertThat(api.get(page, "china").body())
                    .as(page)
                    .contains("href=\"/early-warning/alerts/rules\"")
                    .contains("href=\"/early-warning/alerts/subscriptions\"")
                    .contains("href=\"/early-warning/imports\"");
        }
    }

    @Test
    void noLinkShownToAVisitorLeadsToTheLoginPage() {
        Set<String> links = new LinkedHashSet<>();
        for (String page : PAGES) {
            Matcher m = LINK.matcher(api.get(page).body());
            while (m.find()) {
                links.add(m.group(1).replace("&amp;", "&"));
            }
        }
        assertThat(links).hasSizeGreaterThan(PAGES.size());
        for (String link : links) {
            Api.Response r = api.get(link);
            assertThat(r.status()).as(link).isNotIn(401, 403);
            assertThat(r.header("Location"))
                    .as(link)
                    .satisfiesAnyOf(
                            l -> assertThat(l).isNull(), l -> assertThat(l).doesNotContain("/login"));
        }
    }

    @Test
    void theMapShowsThePeriodTheUserPicksWithALegend() {
        String page =
                api.get("/early-warning?metric=events&from=2024-01&to=2024-06").body();
        assertThat(page).contains("from=2024-01&amp;to=2024-06").contains("id=\"ew-map-legend\"");
        assertThat(page).contains("value=\"2024-01\"").contains("value=\"2024-06\"");
    }

    @Test
    void aPeriodThatCannotBeShownIsRefusedWithWhatWasTypedKept() {
        String reversed =
                api.get("/early-warning?from=2024-07&to=2024-01&lang=fr").body();
        assertThat(reversed)
                .contains("Le premier mois est postérieur au dernier")
                .contains("value=\"2024-07\"");
        String unreadable = api.get("/early-warning?from=juillet&lang=en").body();
        assertThat(unreadable).contains("Give each month as year and month").contains("value=\"juillet\"");
        assertThat(api.get("/early-warning?from=2000-01&to=2024-01").body()).contains("at most 120 months");
    }
}
