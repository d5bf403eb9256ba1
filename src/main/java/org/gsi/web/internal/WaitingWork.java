package org.gsi.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gsi.platform.Actor;
import org.gsi.platform.WorkList;
import org.gsi.platform.WorkSource;
import org.springframework.stereotype.Component;

/**
 * What waits for a signed-in user, gathered from every module's {@link WorkSource}: each kind with its most urgent
 * tasks and their number, dates written for the reader's language.
 */
@Component
class WaitingWork {

    static final int PER_KIND = 10;

    private final List<WorkSource> sources;
    private final Clock clock = Clock.systemUTC();

    WaitingWork(List<WorkSource> sources) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(WorkSource::order))
                .toList();
    }

    record Task(String title, String path, String due, boolean overdue, String since) {}

    record Kind(String kind, long total, List<Task> tasks) {}

    List<Kind> of(Actor actor, Locale locale) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        LocalDate today = LocalDate.now(clock);
        return sources.stream()
                .map(s -> s.pending(actor, locale.getLanguage(), PER_KIND))
                .filter(w -> w.total() > 0)
                .map(w -> new Kind(w.kind(), w.total(), tasks(w, dates, today)))
                .toList();
    }

    private static List<Task> tasks(WorkList w, DateTimeFormatter dates, LocalDate today) {
        return w.items().stream()
                .map(i -> new Task(
                        i.title(),
                        i.path(),
                        i.due().map(dates::format).orElse(null),
                        i.due().map(d -> d.isBefore(today)).orElse(false),
                        dates.format(i.since().atZone(ZoneOffset.UTC).toLocalDate())))
                .toList();
    }
}
