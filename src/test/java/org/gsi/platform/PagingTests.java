package org.gsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PagingTests {

    static final Map<String, String> COLUMNS = Map.of("title", "lower(title)", "start", "starts_at");

    static MockHttpServletRequest request(String... pairs) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/meetings");
        for (int i = 0; i < pairs.length; i += 2) {
            request.addParameter(pairs[i], pairs[i + 1]);
        }
        return request;
    }

    @Test
    void aColumnTheListDoesNotOfferFallsBackToTheDefaultOrderSoNoAddressTextReachesTheSql() {
        Paging paging = Paging.of(request("sort", "title; DROP TABLE x", "dir", "asc"), COLUMNS, "start", true, 50);

        assertThat(paging.sort()).isEqualTo("start");
        assertThat(paging.orderBy(COLUMNS, "id")).isEqualTo("starts_at DESC NULLS LAST, id");
    }

    @Test
    void everyLinkKeepsTheFiltersTheOrderAndTheSize() {
        Paging paging = Paging.of(
                request("party", "KAZ", "series", "", "sort", "title", "dir", "asc", "size", "100", "page", "2"),
                COLUMNS,
                "start",
                true,
                50);

        assertThat(paging.orderBy(COLUMNS, null)).isEqualTo("lower(title) ASC NULLS FIRST");
        assertThat(paging.offset()).isEqualTo(200);
        assertThat(paging.pageLink(3)).isEqualTo("/meetings?party=KAZ&series=&sort=title&dir=asc&size=100&page=3");
        assertThat(paging.sortedBy("title")).isEqualTo("/meetings?party=KAZ&series=&sort=title&dir=desc&size=100");
        assertThat(paging.sortedBy("start")).isEqualTo("/meetings?party=KAZ&series=&sort=start&dir=asc&size=100");
        assertThat(paging.ariaSort("title")).isEqualTo("ascending");
        assertThat(paging.ariaSort("start")).isEqualTo("none");
    }

    @Test
    void aSizeNotOfferedAndANegativePageAreReadAsTheDefaults() {
        Paging paging = Paging.of(request("size", "100000", "page", "-4"), COLUMNS, "start", true, 50);

        assertThat(paging.size()).isEqualTo(50);
        assertThat(paging.page()).isZero();
    }

    @Test
    void pageNumbersShowTheEndsAndTheNeighboursWithGapsBetween() {
        Paging paging = Paging.of(request("page", "10"), COLUMNS, "start", true, 25);

        assertThat(paging.pages(25 * 20 + 1)).isEqualTo(21);
        assertThat(paging.numbers(25 * 20 + 1)).containsExactly(0, -1, 8, 9, 10, 11, 12, -1, 20);
    }

    @Test
    void aListWithOneOrderPutsNoSortIntoItsLinks() {
        Paging paging = Paging.of(request("q", "border", "page", "1"), 25);

        assertThat(paging.pageLink(2)).isEqualTo("/meetings?q=border&size=25&page=2");
    }
}
