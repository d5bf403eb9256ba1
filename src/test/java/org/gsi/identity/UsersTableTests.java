package org.gsi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.gsi.Api;
import org.gsi.PageSession;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The users list sorts by the column chosen, pages in the database, and keeps its party filter in every link. */
@PlatformTest
class UsersTableTests {

    private static final Pattern USERNAME_CELLS = Pattern.compile("<tr>\\s*<td>([a-z0-9._-]+)</td>");
    private static final Pattern PARTY_CELLS = Pattern.compile("<td><a href=\"/parties/([A-Za-z-]+)\">");

    @LocalServerPort
    int port;

    @Test
    void theListSortsPagesAndKeepsItsFilterInEveryLink() {
        Api api = new Api(port);
        String prefix = "pg" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 27; i++) {
            Api.Response added = api.post(
                    "/api/v1/users",
                    "secretariat",
                    "{\"username\":\"" + prefix + "-" + (100 + i) + "\",\"displayName\":\"Paged " + i
                            + "\",\"party\":\"ETH\",\"role\":\"viewer\",\"password\":\"a-long-password-1\"}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        PageSession secretariat = PageSession.login(port, "secretariat");

        var first = secretariat.get("/admin/users?party=ETH&sort=username&dir=asc&size=25");
        assertThat(first.status()).isEqualTo(200);
        List<String> firstNames = cells(USERNAME_CELLS, first.body());
        assertThat(firstNames).hasSize(25).isSorted();
        assertThat(cells(PARTY_CELLS, first.body())).containsOnly("ETH");
        assertThat(first.body())
                .contains("aria-sort=\"ascending\"")
                .contains("href=\"/admin/users?party=ETH&amp;sort=username&amp;dir=desc&amp;size=25\"")
                .contains("href=\"/admin/users?party=ETH&amp;sort=username&amp;dir=asc&amp;size=25&amp;page=1\"");

        var second = secretariat.get("/admin/users?party=ETH&page=1&sort=username&dir=asc&size=25");
        List<String> secondNames = cells(USERNAME_CELLS, second.body());
        assertThat(secondNames).isNotEmpty().isSorted().doesNotContainAnyElementsOf(firstNames);
        assertThat(secondNames.get(0)).isGreaterThan(firstNames.get(firstNames.size() - 1));

        var descending = secretariat.get("/admin/users?party=ETH&sort=username&dir=desc&size=25");
        assertThat(cells(USERNAME_CELLS, descending.body()))
                .hasSize(25)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(secretariat.get("/admin/users?sort=username;DROP&dir=asc").status())
                .isEqualTo(200);
    }

    @Test
    void aPartysFocalPointSeesOnlyItsOwnUsersWhateverTheAddressAsks() {
        var page = PageSession.login(port, "china").get("/admin/users?sort=party&dir=desc&size=200");
        if (page.status() == 200) {
            assertThat(cells(PARTY_CELLS, page.body())).isNotEmpty().containsOnly("CHN");
        } else {
            assertThat(page.status()).isEqualTo(403);
        }
        assertThat(PageSession.login(port, "china")
                        .get("/admin/users?party=ETH")
                        .body())
                .doesNotContain("/parties/ETH\"");
    }

    private static List<String> cells(Pattern cell, String body) {
        return cell.matcher(body).results().map(m -> m.group(1)).toList();
    }
}
