import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.store.MMapDirectory;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListChanges;
import org.gsi.screening.internal.lists.ListEntry;
import org.gsi.screening.internal.lists.ParsedList;
import org.gsi.screening.internal.lists.UnListReader;
import org.gsi.screening.internal.matching.BirthDateQuery;
import org.gsi.screening.internal.matching.Candidate;
import org.gsi.screening.internal.matching.CandidateIndex;
import org.gsi.screening.internal.matching.EntryFacts;
import org.gsi.screening.internal.matching.IndexedEntry;
import org.gsi.screening.internal.matching.NameNormalizer;
import org.gsi.screening.internal.matching.Scoring;
import org.gsi.screening.internal.matching.ScreeningQuery;

/**
 * In-process benchmark of screening (candidate retrieval in the index and scoring of the candidates, one thread):
 *
 * <ol>
 *   <li>a full-size UN list generated from the structure and names of the shipped 2018 sample (1,100 entries, about
 *       5,000 names with aliases and original-script names): read from XML, compared with the previous version
 *       (change report) and indexed; then single checks against it;
 *   <li>a generated list of 1,000,000 entries (persons and organisations, long-tailed family names built from
 *       syllables, aliases as spelling variants, reorderings and shortened names): indexed on disk, then single checks
 *       and a batch of 10,000 names.
 * </ol>
 *
 * Arguments: entries of the big list (default 1000000), work directory (default target/bench-screening).
 */
public class ScreeningBenchmark {

    static final String SAMPLE = "src/main/resources/screening/demo/un_sc_consolidated_2018_sample.xml";
    static final String[] SYLLABLES = {"ab", "al", "am", "an", "ar", "as", "ba", "bar", "da", "dar", "di", "fa", "far",
        "ha", "ham", "hu", "ja", "jan", "ka", "kar", "ki", "ko", "kov", "la", "li", "lin", "ma", "mar", "mi", "mo", "na",
        "nar", "ni", "no", "ov", "ra", "ri", "ro", "sa", "sar", "sha", "shi", "ta", "tar", "ti", "tu", "wa", "ya", "yev",
        "za", "zi", "zu", "chen", "wang", "hui", "ming", "dong", "feng", "sun", "kim", "pak", "song", "hyok", "chol",
        "gul", "khan", "zai", "din", "ullah", "bek", "ali", "ova", "enko", "ski", "oglu", "ov", "uddin"};

    public static void main(String[] args) throws Exception {
        int big = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-screening");
        Files.createDirectories(work);
        ParsedList sample;
        try (InputStream in = Files.newInputStream(Path.of(SAMPLE))) {
            sample = new UnListReader().read(in);
        }
        Vocabulary words = Vocabulary.of(sample.entries());
        NameNormalizer normalizer = new NameNormalizer();
        System.out.printf("machine: %d processors, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // 1. full-size UN list: generated XML, read, change report against the previous version, index
        Random rnd = new Random(1100);
        List<ListEntry> full = generate(sample.entries(), words, 1100, rnd, "QD");
        String v1 = UnXml.write(full);
        List<ListEntry> changed = new ArrayList<>(full.subList(11, full.size()));
        for (int i = 0; i < 22; i++) {
            ListEntry e = changed.get(i * 40);
            changed.set(i * 40, withComments(e, e.comments() + " Amended."));
        }
        changed.addAll(generate(sample.entries(), words, 11, rnd, "NEW"));
        String v2 = UnXml.write(changed);
        ParsedList first = new UnListReader().read(new java.io.ByteArrayInputStream(v1.getBytes("UTF-8")));
        long names = first.entries().stream().mapToLong(e -> e.names().size()).sum();
        System.out.printf("full-size list: %,d entries, %,d names, %,d KB of XML%n", first.entries().size(), names,
                v1.length() / 1024);
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            ParsedList read = new UnListReader().read(new java.io.ByteArrayInputStream(v2.getBytes("UTF-8")));
            Map<String, ListEntry> current = new LinkedHashMap<>();
            first.entries().forEach(e -> current.put(e.reference(), e));
            ListChanges changes = ListChanges.between(current, Set.of(), read.entries());
            long t1 = System.nanoTime();
            CandidateIndex idx = CandidateIndex.build(new org.apache.lucene.store.ByteBuffersDirectory(),
                    read.entries().stream().map(e -> IndexedEntry.of("un-sc", e)).toList(), normalizer);
            long t2 = System.nanoTime();
            System.out.printf("BENCH import of a new version (read + change report: %d added, %d removed, %d amended,"
                            + " %d unchanged) %.0f ms + index %.0f ms = %.0f ms (target <= 5000 ms with the database"
                            + " writes, see README)%n",
                    changes.added().size(), changes.removed().size(), changes.amended().size(),
                    changes.unchanged().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6);
            idx.close();
        }
        CandidateIndex un = CandidateIndex.build(new org.apache.lucene.store.ByteBuffersDirectory(),
                first.entries().stream().map(e -> IndexedEntry.of("un-sc", e)).toList(), normalizer);
        List<String> unQueries = queries(first.entries(), words, 4000, new Random(7));
        run("full-size UN list", un, normalizer, unQueries, 400, 20);

        // 2. a list of a million entries
        Path dir = work.resolve("index-" + big);
        CandidateIndex million;
        long t0 = System.nanoTime();
        List<ListEntry> seeds = generate(sample.entries(), words, 20_000, new Random(99), "S");
        if (Files.exists(dir.resolve("segments_1")) || Files.list(dir.toFile().exists() ? dir : work).anyMatch(p -> p.getFileName().toString().startsWith("segments") && dir.equals(p.getParent()))) {
            million = CandidateIndex.open(new MMapDirectory(dir), normalizer);
            System.out.printf("index of %,d entries opened from %s%n", big, dir);
        } else {
            Files.createDirectories(dir);
            Iterable<IndexedEntry> stream = () -> new java.util.Iterator<>() {
                final Random r = new Random(2024);
                int i = 0;

                public boolean hasNext() {
                    return i < big;
                }

                public IndexedEntry next() {
                    ListEntry e = i < seeds.size() ? seeds.get(i) : generate(sample.entries(), words, 1, r, "M" + i).get(0);
                    i++;
                    return IndexedEntry.of("big", e);
                }
            };
            million = CandidateIndex.build(new MMapDirectory(dir), stream, normalizer);
            System.out.printf("BENCH index of %,d entries (%,d names) built in %.0f s%n", big, million.names(),
                    (System.nanoTime() - t0) / 1e9);
        }
        List<String> bigQueries = queries(seeds, words, 4000, new Random(8));
        run("list of " + big + " entries", million, normalizer, bigQueries, 100, 100);
        List<String> batch = queries(seeds, words, 10_000, new Random(9));
        long b0 = System.nanoTime();
        long bc = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int possible = 0;
        for (String q : batch) {
            possible += screen(million, normalizer, q).stream().anyMatch(c -> c.score() >= Scoring.DEFAULT_THRESHOLD) ? 1 : 0;
        }
        double seconds = (System.nanoTime() - b0) / 1e9;
        double batchCpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - bc) / 1e9;
        System.out.printf("BENCH batch of %,d names against %,d entries, one thread: %.1f s wall, %.1f s CPU (%d with"
                + " possible matches; target <= 120 s)%n", batch.size(), big, seconds, batchCpu, possible);
    }

    static List<Candidate> screen(CandidateIndex index, NameNormalizer normalizer, String q) {
        String[] f = q.split("\\|", -1);
        ScreeningQuery query = ScreeningQuery.of(normalizer, f[0], null,
                f[1].isEmpty() ? null : BirthDateQuery.parse(f[1]).orElse(null), f[2].isEmpty() ? null : f[2]);
        return index.search(query, List.of("un-sc", "big"), 10, Scoring.DEFAULT_THRESHOLD - 0.2);
    }

    static void run(String label, CandidateIndex index, NameNormalizer normalizer, List<String> queries, int rateTarget,
            int p99Target) {
        for (int i = 0; i < Math.min(2000, queries.size()); i++) {
            screen(index, normalizer, queries.get(i));
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] times = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            hits += screen(index, normalizer, queries.get(i)).isEmpty() ? 0 : 1;
            times[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf("BENCH single checks against the %s, one thread: %.0f checks/s wall, %.0f checks per CPU-second"
                        + " (target >= %d per core); latency p50 %.2f ms, p99 %.2f ms wall, p99 %.2f ms CPU (target <= %d"
                        + " ms), max %.1f ms; %d of %d with candidates%n",
                label, queries.size() / seconds, queries.size() / cpuSeconds, rateTarget, times[times.length / 2] / 1e6,
                times[(int) (times.length * 0.99)] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6, p99Target,
                times[times.length - 1] / 1e6, hits, queries.size());
    }

    /** Asked names: half variants of listed names (spelling, order, shortened, with a date of birth), half others. */
    static List<String> queries(List<ListEntry> listed, Vocabulary words, int n, Random rnd) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                ListEntry e = listed.get(rnd.nextInt(listed.size()));
                List<String> w = new ArrayList<>(List.of(e.name().split("\\s+")));
                switch (rnd.nextInt(4)) {
                    case 0 -> java.util.Collections.reverse(w);
                    case 1 -> w.set(0, Vocabulary.respell(w.get(0), rnd));
                    case 2 -> {
                        if (w.size() > 2) {
                            w.remove(1);
                        }
                    }
                    default -> {}
                }
                String birth = e.birthDates().isEmpty() ? "" : e.birthDates().get(0).earliestYear().map(String::valueOf).orElse("");
                out.add(String.join(" ", w) + "|" + birth + "|");
            } else {
                out.add(words.person(rnd) + "|" + (rnd.nextBoolean() ? String.valueOf(1950 + rnd.nextInt(50)) : "") + "|"
                        + (rnd.nextInt(3) == 0 ? "IRQ" : ""));
            }
        }
        return out;
    }

    static ListEntry withComments(ListEntry e, String comments) {
        return new ListEntry(e.reference(), e.type(), e.dataId(), e.versionNum(), e.nameParts(), e.originalScriptName(),
                e.aliases(), e.titles(), e.designations(), e.nationalities(), e.birthDates(), e.birthPlaces(),
                e.documents(), e.addresses(), e.regime(), e.listTypes(), e.listedOn(), e.updatedOn(), comments,
                e.gender(), e.other(), e.line());
    }

    /** Entries shaped like the sample's (same shares of persons, aliases, scripts, dates), with new names. */
    static List<ListEntry> generate(List<ListEntry> sample, Vocabulary words, int n, Random rnd, String prefix) {
        List<ListEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ListEntry shape = sample.get(rnd.nextInt(sample.size()));
            boolean person = shape.type() == EntryType.PERSON;
            String name = person ? words.person(rnd) : words.organisation(rnd);
            List<ListEntry.Alias> aliases = new ArrayList<>();
            for (ListEntry.Alias a : shape.aliases()) {
                aliases.add(new ListEntry.Alias(words.variant(name, rnd), a.quality(), ""));
            }
            out.add(new ListEntry(prefix + (person ? "i." : "e.") + i, shape.type(), String.valueOf(i), "1",
                    List.of(name.split(" ", 2)), shape.originalScriptName().isEmpty() ? "" : shape.originalScriptName(),
                    aliases, shape.titles(), shape.designations(), shape.nationalities(), shape.birthDates(),
                    shape.birthPlaces(), shape.documents(), shape.addresses(), shape.regime(), shape.listTypes(),
                    shape.listedOn(), shape.updatedOn(), shape.comments(), shape.gender(), Map.of(), 0));
        }
        return out;
    }

    /** Name words of the sample and syllables for a long tail of family names. */
    record Vocabulary(List<String> given, List<String> family, List<String> orgWords) {

        static Vocabulary of(List<ListEntry> entries) {
            Set<String> given = new LinkedHashSet<>();
            Set<String> family = new LinkedHashSet<>();
            Set<String> org = new LinkedHashSet<>();
            for (ListEntry e : entries) {
                String[] w = e.name().split("\\s+");
                if (e.type() == EntryType.PERSON) {
                    given.add(cap(w[0]));
                    if (w.length > 1) {
                        family.add(cap(w[w.length - 1]));
                    }
                } else {
                    Arrays.stream(w).filter(x -> x.length() > 3).forEach(x -> org.add(cap(x)));
                }
            }
            return new Vocabulary(List.copyOf(given), List.copyOf(family), List.copyOf(org));
        }

        String person(Random rnd) {
            String g = zipf(given, rnd);
            String m = rnd.nextInt(3) == 0 ? " " + zipf(given, rnd) : "";
            String f = rnd.nextInt(4) == 0 ? zipf(family, rnd) : synthetic(rnd);
            return g + m + " " + f;
        }

        String organisation(Random rnd) {
            int n = 2 + rnd.nextInt(3);
            StringBuilder b = new StringBuilder(cap(synthetic(rnd)));
            for (int i = 1; i < n; i++) {
                b.append(' ').append(zipf(orgWords, rnd));
            }
            return b.toString();
        }

        String variant(String name, Random rnd) {
            List<String> w = new ArrayList<>(List.of(name.split(" ")));
            switch (rnd.nextInt(3)) {
                case 0 -> java.util.Collections.reverse(w);
                case 1 -> w.set(w.size() - 1, respell(w.get(w.size() - 1), rnd));
                default -> {
                    if (w.size() > 2) {
                        w.remove(1);
                    }
                }
            }
            return String.join(" ", w);
        }

        static String respell(String w, Random rnd) {
            String[][] rules = {{"ou", "u"}, {"u", "ou"}, {"i", "y"}, {"e", "i"}, {"a", "e"}, {"k", "q"}, {"s", "ss"}};
            String[] r = rules[rnd.nextInt(rules.length)];
            int at = w.indexOf(r[0], 1);
            return at < 0 ? w : w.substring(0, at) + r[1] + w.substring(at + r[0].length());
        }

        static String synthetic(Random rnd) {
            int n = 2 + rnd.nextInt(2);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(SYLLABLES[(int) Math.min(SYLLABLES.length - 1, Math.abs(rnd.nextGaussian()) * SYLLABLES.length / 2.5)]);
            }
            return cap(b.toString());
        }

        static String zipf(List<String> words, Random rnd) {
            int i = (int) Math.min(words.size() - 1, Math.floor(Math.pow(words.size(), rnd.nextDouble())) - 1);
            return words.get(Math.max(0, i));
        }

        static String cap(String s) {
            String l = s.toLowerCase(Locale.ROOT);
            return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
        }
    }

    /** The UN list's XML format, written for the generated entries. */
    static final class UnXml {
        static String write(List<ListEntry> entries) {
            StringBuilder b = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST"
                    + " dateGenerated=\"2024-01-01T00:00:00\">\n<INDIVIDUALS>\n");
            for (ListEntry e : entries) {
                if (e.type() == EntryType.PERSON) {
                    entry(b, e, "INDIVIDUAL");
                }
            }
            b.append("</INDIVIDUALS>\n<ENTITIES>\n");
            for (ListEntry e : entries) {
                if (e.type() == EntryType.ORGANISATION) {
                    entry(b, e, "ENTITY");
                }
            }
            return b.append("</ENTITIES>\n</CONSOLIDATED_LIST>\n").toString();
        }

        static void entry(StringBuilder b, ListEntry e, String tag) {
            b.append('<').append(tag).append("><DATAID>").append(e.dataId()).append("</DATAID><VERSIONNUM>1</VERSIONNUM>");
            String[] parts = {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"};
            for (int i = 0; i < e.nameParts().size(); i++) {
                el(b, parts[i], e.nameParts().get(i));
            }
            el(b, "UN_LIST_TYPE", e.regime());
            el(b, "REFERENCE_NUMBER", e.reference());
            el(b, "LISTED_ON", e.listedOn());
            el(b, "NAME_ORIGINAL_SCRIPT", e.originalScriptName());
            el(b, "COMMENTS1", e.comments());
            for (String n : e.nationalities()) {
                b.append("<NATIONALITY>");
                el(b, "VALUE", n);
                b.append("</NATIONALITY>");
            }
            for (ListEntry.Alias a : e.aliases()) {
                b.append('<').append(tag).append("_ALIAS>");
                el(b, "QUALITY", a.quality());
                el(b, "ALIAS_NAME", a.name());
                b.append("</").append(tag).append("_ALIAS>");
            }
            for (ListEntry.BirthDate d : e.birthDates()) {
                b.append("<INDIVIDUAL_DATE_OF_BIRTH>");
                el(b, "TYPE_OF_DATE", d.typeOfDate());
                el(b, "DATE", d.date());
                el(b, "YEAR", d.year() == null ? "" : d.year().toString());
                el(b, "FROM_YEAR", d.fromYear() == null ? "" : d.fromYear().toString());
                el(b, "TO_YEAR", d.toYear() == null ? "" : d.toYear().toString());
                b.append("</INDIVIDUAL_DATE_OF_BIRTH>");
            }
            b.append("</").append(tag).append(">\n");
        }

        static void el(StringBuilder b, String name, String value) {
            if (value == null || value.isEmpty()) {
                return;
            }
            b.append('<').append(name).append('>').append(value.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</").append(name).append('>');
        }
    }
}
