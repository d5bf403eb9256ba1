package org.gsi.earlywarning.internal.store;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One event's page: the event as stored now (or that it was retracted) and its history. Events are public data. */
@Controller
class EventRecordPages {

    private final EventRecords records;

    EventRecordPages(EventRecords records) {
        this.records = records;
    }

    @GetMapping("/early-warning/events/{source}/{key:.+}")
    String page(@PathVariable String source, @PathVariable String key, Model model) {
        EventRecords.EventRecord record = records.find(source, key);
        model.addAttribute("source", record.source());
        model.addAttribute("key", record.key());
        model.addAttribute("event", record.current());
        model.addAttribute("history", record.history());
        return "earlywarning/event";
    }
}
