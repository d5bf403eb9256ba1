package org.gsi.earlywarning.internal.alerts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actors;
import org.gsi.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alerts list: filters by country, rule, period and (for a signed-in reader) the party's triage state, sortable
 * columns, page numbers and page size, all kept in the address and in every link. A filter value that cannot be read
 * is kept as typed, named in a message, and not applied.
 */
@Controller
class AlertListPages {

    private final AlertListing listing;
    private final AlertService alerts;

    AlertListPages(AlertListing listing, AlertService alerts) {
        this.listing = listing;
        this.alerts = alerts;
    }

    @GetMapping("/early-warning/alerts")
    String list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletRequest http,
            Model model) {
        String reader = Actors.readerParty();
        boolean signedIn = Actors.current().isPresent();
        List<String> unread = new ArrayList<>();
        AlertListing.Filter filter = new AlertListing.Filter(
                present(country) ? Optional.of(country.strip().toUpperCase(Locale.ROOT)) : Optional.empty(),
                parsed(rule, "rule", unread, UUID::fromString),
                signedIn ? parsed(state, "state", unread, AlertListPages::state) : Optional.empty(),
                parsed(from, "from", unread, YearMonth::parse),
                parsed(to, "to", unread, YearMonth::parse));
        Paging paging = Paging.of(http, AlertListing.COLUMNS, "month", true, 25);
        model.addAttribute("alerts", listing.page(reader, filter, paging));
        model.addAttribute("paging", paging);
        model.addAttribute("rules", alerts.rules(reader, null));
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("states", List.of("new", "acknowledged", "closed"));
        model.addAttribute("unread", unread);
        model.addAttribute("country", country);
        model.addAttribute("rule", rule);
        model.addAttribute("state", state);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "earlywarning/alerts/list";
    }

    private static AlertTriage.State state(String value) {
        return AlertTriage.State.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static <T> Optional<T> parsed(
            String value, String field, List<String> unread, java.util.function.Function<String, T> parser) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            unread.add(field);
            return Optional.empty();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
