package org.gsi.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list page as its address says it: the page (from 0), the page size, the column it is sorted by and the direction,
 * and every filter, so that each link of the page (a column heading, a page number, another size) keeps the others.
 * The sort column is one of those the list allows, so a store may put {@link #orderBy} into its SQL as it is.
 *
 * @param sort the chosen column's name, one of the list's sortable columns
 * @param filters every other parameter of the address, in the order given (an empty one too: for some lists "none
 *     chosen" differs from "not asked")
 */
public record Paging(
        String path, int page, int size, String sort, boolean descending, Map<String, List<String>> filters) {

    /** A list in one order only: page and size from the address, filters kept, no sort in its links. */
    public static final String FIXED_ORDER = "";

    /** The page sizes a reader may choose. */
    public static final List<Integer> SIZES = List.of(25, 50, 100, 200);

    private static final List<String> OWN = List.of("page", "size", "sort", "dir", "lang", "_csrf");

    public Paging {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /**
     * The paging of {@code request}: its sort column if it is one of {@code columns} (column name to the SQL that
     * orders by it), else {@code defaultSort}; size one of {@link #SIZES}, else {@code defaultSize}.
     */
    public static Paging of(
            HttpServletRequest request,
            Map<String, String> columns,
            String defaultSort,
            boolean defaultDescending,
            int defaultSize) {
        int page = Math.max(0, number(request.getParameter("page"), 0));
        int size = number(request.getParameter("size"), defaultSize);
        if (!SIZES.contains(size)) {
            size = defaultSize;
        }
        String sort = request.getParameter("sort");
        boolean descending = defaultDescending;
        if (sort == null || !columns.containsKey(sort)) {
            sort = defaultSort;
        } else {
            descending = "desc".equals(request.getParameter("dir"));
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!OWN.contains(name)) {
                filters.put(name, List.of(values));
            }
        });
        return new Paging(request.getRequestURI(), page, size, sort, descending, filters);
    }

    /** The paging of a list that has one order only ({@link #FIXED_ORDER}). */
    public static Paging of(HttpServletRequest request, int defaultSize) {
        return of(request, Map.of(FIXED_ORDER, ""), FIXED_ORDER, false, defaultSize);
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The page sizes a reader may choose ({@link #SIZES}). */
    public List<Integer> sizes() {
        return SIZES;
    }

    /** The rows to skip. */
    public int offset() {
        return page * size;
    }

    /**
     * The SQL {@code ORDER BY} terms of the chosen column and direction, then {@code tieBreak} so pages do not
     * overlap: only SQL from {@code columns}, never text from the address.
     */
    public String orderBy(Map<String, String> columns, String tieBreak) {
        String direction = descending ? " DESC" : " ASC";
        String nulls = descending ? " NULLS LAST" : " NULLS FIRST";
        return columns.get(sort) + direction + nulls + (tieBreak == null ? "" : ", " + tieBreak);
    }

    /** The link of a column heading: sorted by it, ascending first, the other direction when already sorted by it. */
    public String sortedBy(String column) {
        boolean desc = column.equals(sort) && !descending;
        return link(0, size, column, desc);
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the heading's {@code aria-sort}. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    /** The link of another page of the same list. */
    public String pageLink(int number) {
        return link(number, size, sort, descending);
    }

    /** The page numbers to offer: the first, the last and those around the current one; -1 stands for a gap. */
    public List<Integer> numbers(long total) {
        int pages = pages(total);
        List<Integer> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < pages; i++) {
            if (i == 0 || i == pages - 1 || Math.abs(i - page) <= 2) {
                numbers.add(i);
            } else if (numbers.get(numbers.size() - 1) != -1) {
                numbers.add(-1);
            }
        }
        return numbers;
    }

    public int pages(long total) {
        return (int) ((total + size - 1) / size);
    }

    private String link(int number, int pageSize, String column, boolean desc) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, values) -> uri.queryParam(name, values.toArray()));
        if (!column.equals(FIXED_ORDER)) {
            uri.queryParam("sort", column).queryParam("dir", desc ? "desc" : "asc");
        }
        uri.queryParam("size", pageSize);
        if (number > 0) {
            uri.queryParam("page", number);
        }
        return uri.encode().build().toUriString();
    }
}
