package org.gsi.sharing.internal.taxii;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gsi.platform.Message;
import org.gsi.sharing.internal.ObjectFilter;
import org.gsi.sharing.internal.stix.StixTimestamps;

/**
 * The URL parameters of TAXII 2.1 lists: {@code added_after}, {@code limit}, {@code next}, {@code match[id]},
 * {@code match[type]}, {@code match[version]} ({@code first}, {@code last}, {@code all} or timestamps),
 * {@code match[spec_version]}; each filter may list several values separated by commas. A malformed value is a
 * 400; a limit above the server's page size is lowered to it. {@code next} is an opaque position: the date added of
 * the last object the caller was given.
 */
final class TaxiiFilters {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private TaxiiFilters() {}

    static ObjectFilter from(Map<String, String> params, boolean versionsAllowed) {
        Optional<Instant> addedAfter = Optional.ofNullable(params.get("added_after"))
                .map(v -> StixTimestamps.parse(v.trim())
                        .orElseThrow(() ->
                                TaxiiException.badRequest("added_after", Message.of("sharing.taxii.notTimestamp", v))));
        Optional<Instant> cursor = Optional.ofNullable(params.get("next"))
                .filter(v -> !v.isBlank())
                .map(TaxiiFilters::position);
        ObjectFilter.VersionMatch versions =
                versionsAllowed ? versions(params.get("match[version]")) : ObjectFilter.VersionMatch.ALL;
        return new ObjectFilter(
                addedAfter,
                cursor,
                values(params.get("match[id]")),
                values(params.get("match[type]")),
                versions,
                values(params.get("match[spec_version]")),
                limit(params.get("limit")));
    }

    static String next(Instant lastDateAdded) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(StixTimestamps.format(lastDateAdded).getBytes(StandardCharsets.US_ASCII));
    }

    private static Instant position(String next) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(next.trim()), StandardCharsets.US_ASCII);
            return StixTimestamps.parse(text).orElseThrow(IllegalArgumentException::new);
        } catch (IllegalArgumentException e) {
            throw TaxiiException.badRequest("next", Message.of("sharing.taxii.notCursor"));
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit < 1) {
                throw TaxiiException.badRequest("limit", Message.of("sharing.taxii.positive"));
            }
            return Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw TaxiiException.badRequest("limit", Message.of("sharing.taxii.notNumber", value));
        }
    }

    static ObjectFilter.VersionMatch versions(String value) {
        List<String> values = values(value);
        if (values.isEmpty()) {
            return ObjectFilter.VersionMatch.LAST;
        }
        Set<Instant> exact = new HashSet<>();
        boolean all = false;
        boolean first = false;
        boolean last = false;
        for (String v : values) {
            switch (v) {
                case "all" -> all = true;
                case "first" -> first = true;
                case "last" -> last = true;
                default ->
                    exact.add(StixTimestamps.parse(v)
                            .orElseThrow(() -> TaxiiException.badRequest(
                                    "match[version]", Message.of("sharing.taxii.version", v))));
            }
        }
        return new ObjectFilter.VersionMatch(all, first, last, exact);
    }

    private static List<String> values(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
