package org.gsi.earlywarning.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.gsi.earlywarning.EventCategory;
import org.gsi.earlywarning.EventSource;
import org.gsi.earlywarning.internal.store.EventOrder;
import org.gsi.earlywarning.internal.store.EventQueries;
import org.gsi.platform.PageView;
import org.gsi.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The event table: filters, the order and the page size in the address and in every link. The store may hold
 * millions of events, so the page counts them exactly only where the monthly rollups answer the filter, and
 * otherwise up to {@link #COUNT_CAP}, above which it says "more than". Either way it offers the pages up to the cap,
 * never an offset deep into millions: the other end of the list is one click on the column heading away.
 */
@Controller
class EventListPages {

    /** The most events a page counts one by one. */
    static final long COUNT_CAP = 10_000;

    private final EventQueries events;

    EventListPages(EventQueries events) {
        this.events = events;
    }

    @GetMapping("/early-warning/events")
    String events(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            HttpServletRequest http,
            Model model) {
        EventQueries.EventFilter filter = new EventQueries.EventFilter(country, null, source, category, from, to);
        boolean oneCountry = filter.country() != null;
        Paging paging = Paging.of(http, EventOrder.columns(oneCountry), "date", true, 50);
        if (paging.offset() >= COUNT_CAP) {
            paging = new Paging(
                    paging.path(),
                    (int) (COUNT_CAP / paging.size()) - 1,
                    paging.size(),
                    paging.sort(),
                    paging.descending(),
                    paging.filters());
        }
        EventOrder order = new EventOrder(paging.sort(), paging.descending());
        PageView<EventQueries.EventView> page = events.list(filter, order, paging.page(), paging.size(), COUNT_CAP);
        model.addAttribute("events", page);
        model.addAttribute("more", !EventQueries.rollupsCount(filter) && page.total() > COUNT_CAP);
        model.addAttribute("cap", COUNT_CAP);
        model.addAttribute("pagerTotal", Math.min(page.total(), COUNT_CAP));
        model.addAttribute("paging", paging);
        model.addAttribute("fatalitiesSortable", oneCountry);
        model.addAttribute("filter", filter);
        model.addAttribute("categories", EventCategory.values());
        model.addAttribute("sources", EventSource.values());
        return "earlywarning/events";
    }
}
