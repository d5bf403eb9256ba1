package org.gsi.screening.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.gsi.audit.AuditLog;
import org.gsi.platform.Actor;
import org.gsi.platform.InvalidInputException;
import org.gsi.platform.Message;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.PageView;
import org.gsi.screening.internal.matching.NameNormalizer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batches: a CSV of names (a header row with {@code name} and optionally {@code type}, {@code birth_date},
 * {@code nationality} and {@code reference}, the caller's own id of the row) is stored with one row per line; rows
 * that break a rule (no name, a name of no letter, an unknown type, a date of birth that is no date) are rejected with
 * their line and reason at once, the others are checked in the background ({@link BatchWorker}), each as a stored
 * check of the party. Progress, the rejected rows and the result (CSV and page) are seen by the party and the
 * secretariat.
 */
@Service
class BatchService {

    static final int MAX_ROWS = 100_000;

    private final BatchStore store;
    private final CheckService checks;
    private final CheckStore checkStore;
    private final AuditLog audit;
    private final ScreeningProperties properties;
    private final NameNormalizer normalizer = new NameNormalizer();

    BatchService(
            BatchStore store,
            CheckService checks,
            CheckStore checkStore,
            AuditLog audit,
            ScreeningProperties properties) {
        this.store = store;
        this.checks = checks;
        this.checkStore = checkStore;
        this.audit = audit;
        this.properties = properties;
    }

    @Transactional
    public BatchStore.BatchRow submit(Actor actor, byte[] csv, String fileName, Double threshold, List<String> lists) {
        ScreeningAccess.requireChecker(actor, "batch");
        double th = threshold == null ? properties.threshold().batch() : threshold;
        if (th < 0.5 || th > 1.0) {
            throw new InvalidInputException("threshold", Message.of("screening.refused.threshold"));
        }
        Set<String> scope = checks.listsFor(actor.partyCode(), lists);
        List<BatchStore.Line> lines = read(csv);
        int rejected =
                (int) lines.stream().filter(l -> l.status().equals("REJECTED")).count();
        BatchStore.BatchRow b = new BatchStore.BatchRow(
                UUID.randomUUID(),
                actor.partyCode(),
                actor.username(),
                fileName == null ? "" : fileName,
                "QUEUED",
                th,
                List.copyOf(scope),
                lines.size(),
                0,
                rejected,
                0,
                null,
                null,
                null,
                null);
        store.insert(b, lines);
        audit.record(
                actor,
                "batch",
                "screening-batch",
                b.id().toString(),
                "Batch of " + lines.size() + " names (" + rejected + " rejected) against " + String.join(", ", scope));
        return find(actor.partyCode(), b.id());
    }

    /** The rows of the file, each pending or rejected with the code of its reason. */
    List<BatchStore.Line> read(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new InvalidInputException("file", Message.of("form.refused.fileEmpty"));
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<BatchStore.Line> lines = new ArrayList<>();
        try (CSVParser parser =
                format.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            Map<String, String> columns = new LinkedHashMap<>();
            parser.getHeaderNames()
                    .forEach(h -> columns.put(h.trim().toLowerCase(Locale.ROOT).replace(' ', '_'), h));
            if (!columns.containsKey("name")) {
                throw new InvalidInputException("file", Message.of("screening.refused.nameColumn"));
            }
            var it = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    String parserSays = String.valueOf(e.getMessage());
                    throw new InvalidInputException(
                            "file",
                            Message.of("screening.refused.csvUnreadable", parser.getCurrentLineNumber(), parserSays));
                }
                if (lines.size() >= MAX_ROWS) {
                    throw new InvalidInputException("file", Message.of("screening.refused.tooManyRows", MAX_ROWS));
                }
                lines.add(line(r, (int) parser.getCurrentLineNumber(), columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", Message.of("screening.refused.noRow"));
        }
        return lines;
    }

    private BatchStore.Line line(CSVRecord r, int line, Map<String, String> columns) {
        String name = get(r, columns, "name");
        String type = get(r, columns, "type");
        String birth = get(r, columns, "birth_date");
        String nationality = get(r, columns, "nationality");
        String ref = get(r, columns, "reference");
        String reason = null;
        try {
            Screener.Asked asked = Screener.ask(name, type, birth, nationality, null, Screener.defaultThreshold());
            if (normalizer.normalize(asked.name(), false).isEmpty()) {
                reason = "name-no-letters";
            }
        } catch (InvalidInputException e) {
            reason = switch (e.field()) {
                case "name" -> name.isBlank() ? "name-empty" : "name-too-long";
                case "type" -> "type-unknown";
                default -> "birth-date-invalid";
            };
        }
        return new BatchStore.Line(
                line,
                ref,
                name,
                blankToNull(type),
                blankToNull(birth),
                blankToNull(nationality),
                reason == null ? "PENDING" : "REJECTED",
                reason,
                null);
    }

    BatchStore.BatchRow find(String reader, UUID id) {
        return store.find(id)
                .filter(b -> ScreeningAccess.seesChecksOf(reader, b.party()))
                .orElseThrow(() -> new NotFoundException("screening batch", id.toString()));
    }

    PageView<BatchStore.BatchRow> list(String reader, int page, int size) {
        PageView.checkPaging(page, size);
        return store.list(reader, reader.equals(ScreeningAccess.SECRETARIAT), page, size);
    }

    List<BatchStore.Line> rejected(String reader, UUID id, int limit) {
        return store.rejected(find(reader, id).id(), limit);
    }

    /**
     * The result as CSV: one row per line of the file, its status (checked or rejected with the reason), the number of
     * possible matches, the best candidate and its score, the candidates at or above the threshold and the check's id.
     */
    String resultCsv(String reader, UUID id, java.util.function.Function<String, String> reasons) {
        BatchStore.BatchRow b = find(reader, id);
        Map<UUID, Check> byId = new LinkedHashMap<>();
        checkStore.ofBatch(b.id()).forEach(c -> byId.put(c.id(), c));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    "line",
                    "reference",
                    "name",
                    "type",
                    "birth_date",
                    "nationality",
                    "status",
                    "reason",
                    "possible_matches",
                    "best_score",
                    "best_entry",
                    "best_name",
                    "possible_match_entries",
                    "check_id");
            for (BatchStore.Line l : store.lines(b.id())) {
                Check c = l.check() == null ? null : byId.get(l.check());
                var best = c == null || c.candidates().isEmpty()
                        ? null
                        : c.candidates().get(0);
                csv.printRecord(
                        l.line(),
                        l.clientRef(),
                        l.name(),
                        nn(l.type()),
                        nn(l.birthDate()),
                        nn(l.nationality()),
                        l.status().toLowerCase(Locale.ROOT),
                        l.reason() == null ? "" : reasons.apply(l.reason()),
                        c == null ? "" : c.possibleMatches(),
                        best == null ? "" : best.score(),
                        best == null ? "" : best.entryId(),
                        best == null ? "" : best.name(),
                        c == null
                                ? ""
                                : String.join(
                                        "|",
                                        c.candidates().stream()
                                                .filter(Check.StoredCandidate::possibleMatch)
                                                .map(x -> x.entryId() + " " + x.score())
                                                .toList()),
                        c == null ? "" : c.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String get(CSVRecord r, Map<String, String> columns, String key) {
        String header = columns.get(key);
        return header == null || !r.isMapped(header) || !r.isSet(header)
                ? ""
                : r.get(header).trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
