package org.gsi.cooperation.internal.iati;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.platform.Message;

/**
 * The mutable state of one activity while the reader goes through it: the first problem that keeps it out, and the
 * warnings about parts left out.
 */
final class ActivityDraft {

    final int line;
    final String language;
    final Optional<String> defaultCurrency;
    String identifier;
    IatiOrg reportingOrg;
    Message problem;
    final List<Message> warnings = new ArrayList<>();
    Optional<Integer> status = Optional.empty();
    final List<IatiText> titles = new ArrayList<>();
    final List<IatiText> descriptions = new ArrayList<>();
    final List<IatiParticipant> participants = new ArrayList<>();
    final Map<Integer, LocalDate> dates = new LinkedHashMap<>();
    final List<String> countries = new ArrayList<>();
    final List<IatiActivity.Region> regions = new ArrayList<>();
    final List<IatiActivity.Sector> sectors = new ArrayList<>();
    final List<IatiBudget> budgets = new ArrayList<>();
    final List<IatiTransaction> transactions = new ArrayList<>();
    final List<IatiResult> results = new ArrayList<>();

    ActivityDraft(int line, String language, Optional<String> defaultCurrency) {
        this.line = line;
        this.language = language;
        this.defaultCurrency = defaultCurrency;
    }

    void problem(Message description) {
        if (problem == null) {
            problem = description;
        }
    }

    /** Something odd that does not keep the activity out: the element is left out and the import says so. */
    void warn(Message description) {
        warnings.add(description);
    }

    Optional<String> identifier() {
        return Optional.ofNullable(identifier).filter(id -> !id.isBlank());
    }

    IatiActivity build() {
        if (identifier == null || identifier.isBlank()) {
            problem(Message.of("cooperation.iati.noIdentifier"));
        } else if (titles.isEmpty()) {
            problem(Message.of("cooperation.iati.noTitle"));
        } else if (reportingOrg == null) {
            problem(Message.of("cooperation.iati.noReportingOrg"));
        }
        if (problem != null) {
            throw new UnreadablePart(problem);
        }
        return new IatiActivity(
                identifier,
                line,
                language,
                defaultCurrency,
                reportingOrg,
                List.copyOf(titles),
                List.copyOf(descriptions),
                List.copyOf(participants),
                status,
                Map.copyOf(dates),
                List.copyOf(countries),
                List.copyOf(regions),
                List.copyOf(sectors),
                List.copyOf(budgets),
                List.copyOf(transactions),
                List.copyOf(results),
                List.copyOf(warnings));
    }
}
