package org.gsi.earlywarning.internal.store;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.stream.Stream;
import org.gsi.earlywarning.EventSource;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One event with its history on the API. Events are public data. */
@RestController
@Tag(name = "Events and indicators")
class EventRecordController {

    private final EventRecords records;

    EventRecordController(EventRecords records) {
        this.records = records;
    }

    /** Every source's event pages and records are public, as the events are; other paths under them are not. */
    @Bean
    static PublicPaths eventRecordPaths() {
        return PublicPaths.of(Arrays.stream(EventSource.values())
                .flatMap(s -> Stream.of(
                        "/early-warning/events/" + s.formatKey() + "/*", "/api/v1/events/" + s.formatKey() + "/*"))
                .toArray(String[]::new));
    }

    @GetMapping("/api/v1/events/{source}/{key:.+}")
    @Operation(
            summary = "One event by source and key: its current version (absent once retracted) and every earlier"
                    + " version with the change that superseded it, when, by whom and by which import")
    EventRecords.EventRecord event(@PathVariable String source, @PathVariable String key) {
        return records.find(source, key);
    }
}
