package org.gsi.screening.internal.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gsi.platform.Message;

/**
 * Reads a national list written as CSV (UTF-8, a header row, comma-separated, quotes as in RFC 4180). Columns, in any
 * order: {@code reference}, {@code type} ({@code person} or {@code organisation}) and {@code name} are required;
 * {@code aliases}, {@code original_script_name}, {@code birth_dates}, {@code birth_places}, {@code nationalities},
 * {@code documents}, {@code addresses}, {@code designations}, {@code regime}, {@code listed_on} and
 * {@code comments} are optional. Several values in one cell are separated by {@code |}. A date of birth is
 * {@code 1973-09-30}, {@code 1974}, {@code ~1974} (approximately) or {@code 1955-1958} (between). Any other column is
 * kept with the entry. A row without a reference, a name or a known type, or with a reference already used, is
 * rejected with its line and reason; the others are read.
 */
public final class CsvListReader {

    static final Set<String> REQUIRED = Set.of("reference", "type", "name");
    private static final Set<String> KNOWN = Set.of(
            "reference",
            "type",
            "name",
            "aliases",
            "original_script_name",
            "birth_dates",
            "birth_places",
            "nationalities",
            "documents",
            "addresses",
            "designations",
            "regime",
            "listed_on",
            "comments");
    private static final Pattern BETWEEN = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(~)?\\s*(\\d{4})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public ParsedList read(InputStream in) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<ListEntry> entries = new ArrayList<>();
        List<ParsedList.Problem> rejected = new ArrayList<>();
        List<ParsedList.Problem> warnings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) {
                columns.put(h.trim().toLowerCase(Locale.ROOT).replace(' ', '_'), h);
            }
            for (String r : REQUIRED) {
                if (!columns.containsKey(r)) {
                    throw new MalformedListException(1, Message.of("screening.refused.noColumn", r));
                }
            }
            var records = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedListException(
                            (int) parser.getCurrentLineNumber(),
                            Message.of(
                                    "screening.refused.csvUnreadable",
                                    parser.getCurrentLineNumber(),
                                    String.valueOf(e.getMessage())));
                }
                int line = (int) r.getParser().getCurrentLineNumber();
                row(r, line, columns, seen)
                        .ifPresentOrElse(entries::add, () -> rejected.add(refusal(r, line, columns)));
                addWarnings(r, line, columns, warnings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ParsedList("", entries, rejected, warnings);
    }

    private java.util.Optional<ListEntry> row(
            CSVRecord r, int line, Map<String, String> columns, Map<String, Integer> seen) {
        String reference = get(r, columns, "reference");
        String name = get(r, columns, "name");
        var type = EntryType.parse(get(r, columns, "type"));
        if (reference.isEmpty() || name.isEmpty() || type.isEmpty() || seen.containsKey(reference)) {
            return java.util.Optional.empty();
        }
        seen.put(reference, line);
        List<ListEntry.Alias> aliases = new ArrayList<>();
        for (String a : many(r, columns, "aliases")) {
            aliases.add(new ListEntry.Alias(a, "", ""));
        }
        List<ListEntry.BirthDate> dates = new ArrayList<>();
        for (String d : many(r, columns, "birth_dates")) {
            dates.add(birthDate(d));
        }
        Map<String, List<String>> other = new LinkedHashMap<>();
        columns.forEach((key, header) -> {
            if (!KNOWN.contains(key) && r.isMapped(header) && !r.get(header).isBlank()) {
                other.put(key, List.of(r.get(header).trim()));
            }
        });
        return java.util.Optional.of(new ListEntry(
                reference,
                type.get(),
                "",
                "",
                List.of(name),
                get(r, columns, "original_script_name"),
                aliases,
                List.of(),
                many(r, columns, "designations"),
                many(r, columns, "nationalities"),
                dates,
                many(r, columns, "birth_places").stream()
                        .map(CsvListReader::place)
                        .toList(),
                many(r, columns, "documents").stream()
                        .map(d -> new ListEntry.IdDocument("", "", d, "", "", "", "", ""))
                        .toList(),
                many(r, columns, "addresses").stream().map(CsvListReader::place).toList(),
                get(r, columns, "regime"),
                List.of(),
                get(r, columns, "listed_on"),
                List.of(),
                get(r, columns, "comments"),
                "",
                other,
                line));
    }

    private ParsedList.Problem refusal(CSVRecord r, int line, Map<String, String> columns) {
        String reference = get(r, columns, "reference");
        if (reference.isEmpty()) {
            return new ParsedList.Problem(line, "", "no-key", Message.of("screening.row.noReferenceAt", line));
        }
        if (get(r, columns, "name").isEmpty()) {
            return new ParsedList.Problem(line, reference, "no-name", Message.of("screening.row.noNameAt", reference));
        }
        if (EntryType.parse(get(r, columns, "type")).isEmpty()) {
            return new ParsedList.Problem(
                    line,
                    reference,
                    "bad-type",
                    Message.of("screening.row.badType", reference, get(r, columns, "type")));
        }
        return new ParsedList.Problem(
                line, reference, "duplicate-reference", Message.of("screening.row.duplicate", reference));
    }

    private void addWarnings(CSVRecord r, int line, Map<String, String> columns, List<ParsedList.Problem> warnings) {
        String reference = get(r, columns, "reference");
        for (String d : many(r, columns, "birth_dates")) {
            ListEntry.BirthDate b = birthDate(d);
            if (b.earliestYear().isEmpty()) {
                warnings.add(new ParsedList.Problem(
                        line, reference, "bad-date", Message.of("screening.row.birthNoYear", d, reference)));
            }
        }
        String listed = get(r, columns, "listed_on");
        if (!listed.isEmpty() && !DATE.matcher(listed).matches()) {
            warnings.add(new ParsedList.Problem(
                    line, reference, "bad-date", Message.of("screening.row.badDate", "listed_on", listed, reference)));
        }
    }

    static ListEntry.BirthDate birthDate(String d) {
        if (DATE.matcher(d).matches()) {
            return new ListEntry.BirthDate("EXACT", d, null, null, null, "");
        }
        Matcher between = BETWEEN.matcher(d);
        if (between.matches()) {
            return new ListEntry.BirthDate(
                    "BETWEEN", "", null, Integer.parseInt(between.group(1)), Integer.parseInt(between.group(2)), "");
        }
        Matcher year = YEAR.matcher(d);
        if (year.matches()) {
            return new ListEntry.BirthDate(
                    year.group(1) == null ? "EXACT" : "APPROXIMATELY",
                    "",
                    Integer.parseInt(year.group(2)),
                    null,
                    null,
                    "");
        }
        return new ListEntry.BirthDate("", "", null, null, null, d);
    }

    private static ListEntry.Place place(String text) {
        return new ListEntry.Place("", "", "", "", "", text);
    }

    private static String get(CSVRecord r, Map<String, String> columns, String key) {
        String header = columns.get(key);
        if (header == null || !r.isMapped(header) || !r.isSet(header)) {
            return "";
        }
        return r.get(header).trim();
    }

    private static List<String> many(CSVRecord r, Map<String, String> columns, String key) {
        String v = get(r, columns, key);
        if (v.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(v.split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
