import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gsi.screening.internal.lists.EntryType;
import org.gsi.screening.internal.lists.ListEntry;
import org.gsi.screening.internal.lists.ParsedList;
import org.gsi.screening.internal.lists.UnListReader;
import org.gsi.screening.internal.matching.EntryFacts;

/**
 * Builds the labelled evaluation set of the name matcher from the UN list sample shipped with the platform.
 *
 * <p>Every row pairs an asked name with one listed entry and says whether they are the same (1) or not (0):
 *
 * <ul>
 *   <li>positives from the list itself: each alias (left out of the entry it is compared with), each name in its
 *       original script (compared with the Latin names only);
 *   <li>positives generated from each entry's name: spelling variants of transliteration, words reordered, middle
 *       name parts dropped (the first and last of FIRST_NAME to FOURTH_NAME kept), an initial for the first name, accents and case changed, particles (al-, bin, abu) dropped or
 *       added, legal forms of organisations added or dropped, and some with the listed date of birth;
 *   <li>negatives: the most similar other entry of the list for each generated name (similarity by shared words,
 *       independent of the matcher), common-name collisions (an entry's first names with another family name, some
 *       with a date of birth that differs), near-miss organisations (the most distinctive word of the name
 *       replaced by another).
 * </ul>
 *
 * Rows are split in two halves by entry (all rows of an entry fall in the same half): {@code tuning} for choosing the
 * weights and the default threshold, {@code test} for reporting. The seed is fixed, so the set is rebuilt identically.
 *
 * <p>Usage (from the project root, after {@code ./mvnw compile}): {@code bench/screening/build-evaluation-set.sh}.
 */
public class BuildEvaluationSet {

    private static final String[][] SPELLINGS = {
        {"Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad"},
        {"Ahmed", "Ahmad"},
        {"Hussein", "Husain", "Hussain", "Husayn"},
        {"Yusuf", "Yousef", "Youssef"},
        {"Omar", "Umar"},
        {"Osman", "Othman", "Uthman"},
        {"Abdullah", "Abdallah", "Abd Allah"},
        {"Saleh", "Salih"},
        {"Salem", "Salim"},
        {"Khaled", "Khalid"},
        {"Mustafa", "Mostafa", "Moustafa"},
        {"Ibrahim", "Ebrahim"},
        {"Hasan", "Hassan"},
        {"Abdul", "Abdel", "Abd al-"}
    };

    private static final String[] LEGAL = {" LLC", " Co., Ltd.", " Company", " Corporation", " Ltd", " Inc."};
    private static final String[] FAMILY = {"Hassan", "Khan", "Ahmadi", "Rahimi", "Haddad", "Kim", "Mansour", "Karimi",
        "Suleiman", "Nasser", "Aziz", "Qureshi", "Popov", "Petrov", "Diallo", "Traore"};

    record Row(String split, String category, int label, String query, EntryType queryType, String birthDate,
            String nationality, ListEntry candidate, Set<String> leftOut) {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0]
                : "src/main/resources/screening/demo/un_sc_consolidated_2018_sample.xml");
        Path target = Path.of(args.length > 1 ? args[1] : "src/main/resources/screening/evaluation-set.csv");
        ParsedList list;
        try (InputStream in = Files.newInputStream(source)) {
            list = new UnListReader().read(in);
        }
        List<ListEntry> entries = list.entries();
        Random rnd = new Random(2018);
        List<Row> rows = new ArrayList<>();
        for (ListEntry e : entries) {
            String split = split(e);
            positivesFromList(e, split, rows);
            List<String[]> generated = generated(e, rnd);
            for (String[] g : generated) {
                rows.add(new Row(split, g[0], 1, g[1], e.type(), g[2], "", e, Set.of()));
            }
            for (String[] g : generated) {
                if (g[0].equals("with-birth-date")) {
                    continue;
                }
                ListEntry other = nearestOther(g[1], e, entries);
                if (other != null) {
                    rows.add(new Row(split, "other-entry", 0, g[1], e.type(), "", "", other, Set.of()));
                }
            }
            if (e.type() == EntryType.PERSON) {
                collisions(e, split, entries, rnd, rows);
            } else {
                nearMisses(e, split, entries, rnd, rows);
            }
        }
        write(rows, target);
        long positives = rows.stream().filter(r -> r.label == 1).count();
        System.out.printf("%d rows (%d positive, %d negative) from %d entries of %s into %s%n",
                rows.size(), positives, rows.size() - positives, entries.size(), source, target);
        Map<String, Long> byCategory = rows.stream()
                .collect(Collectors.groupingBy(r -> r.category + " (" + r.label + ")", java.util.TreeMap::new,
                        Collectors.counting()));
        byCategory.forEach((k, v) -> System.out.printf("  %-28s %5d%n", k, v));
    }

    static String split(ListEntry e) {
        return (Math.floorMod(e.reference().hashCode(), 2) == 0) ? "tuning" : "test";
    }

    private static void positivesFromList(ListEntry e, String split, List<Row> rows) {
        for (ListEntry.NameOfEntry a : e.names()) {
            if (a.kind() != ListEntry.NameOfEntry.Kind.ALIAS || a.name().equalsIgnoreCase(e.name())) {
                continue;
            }
            String category = a.quality().equalsIgnoreCase("Low") ? "alias-low" : "alias";
            rows.add(new Row(split, category, 1, a.name(), e.type(), "", "", e, Set.of(a.name())));
        }
        if (!e.originalScriptName().isBlank()) {
            rows.add(new Row(split, "original-script", 1, e.originalScriptName(), e.type(), "", "", e,
                    Set.of(e.originalScriptName())));
        }
    }

    /** {category, name, birth date} of generated variants of the entry's primary name. */
    static List<String[]> generated(ListEntry e, Random rnd) {
        String name = titleCase(e.name());
        List<String> words = List.of(name.split("\\s+"));
        List<String[]> out = new ArrayList<>();
        String spelled = spelling(words, rnd);
        if (!spelled.equalsIgnoreCase(name)) {
            out.add(new String[] {"transliteration", spelled, ""});
        }
        if (words.size() >= 2) {
            List<String> r = new ArrayList<>(words);
            r.add(0, r.remove(r.size() - 1));
            out.add(new String[] {"reordered", String.join(" ", r), ""});
        }
        List<String> parts = e.nameParts().stream().map(BuildEvaluationSet::titleCase).toList();
        if (e.type() == EntryType.PERSON && parts.size() >= 3) {
            out.add(new String[] {"truncated", parts.get(0) + " " + parts.get(parts.size() - 1), ""});
        }
        if (e.type() == EntryType.PERSON && words.size() >= 3) {
            out.add(new String[] {"initial", words.get(0).charAt(0) + ". " + String.join(" ", words.subList(1, words.size())), ""});
        }
        out.add(new String[] {"accents-case", accents(name, rnd), ""});
        String particles = particles(words);
        if (!particles.equals(name)) {
            out.add(new String[] {"particles", particles, ""});
        }
        if (e.type() == EntryType.ORGANISATION) {
            out.add(new String[] {"legal-form", legalForm(name, rnd), ""});
        }
        if (e.type() == EntryType.PERSON) {
            e.birthDates().stream()
                    .filter(d -> d.date() != null && d.date().length() == 10)
                    .findFirst()
                    .ifPresent(d -> out.add(new String[] {"with-birth-date", spelling(words, rnd), d.date()}));
        }
        return out;
    }

    static String spelling(List<String> words, Random rnd) {
        List<String> out = new ArrayList<>(words);
        int changed = 0;
        for (int i = 0; i < out.size(); i++) {
            for (String[] group : SPELLINGS) {
                for (String g : group) {
                    if (g.equalsIgnoreCase(out.get(i))) {
                        String other = group[rnd.nextInt(group.length)];
                        if (!other.equalsIgnoreCase(g)) {
                            out.set(i, other);
                            changed++;
                        }
                    }
                }
            }
        }
        for (int tries = 0; changed < 2 && tries < 6; tries++) {
            int i = rnd.nextInt(out.size());
            String w = respell(out.get(i), rnd);
            if (!w.equals(out.get(i))) {
                out.set(i, w);
                changed++;
            }
        }
        return String.join(" ", out);
    }

    /** One spelling change of the kind transliterations differ by. */
    static String respell(String w, Random rnd) {
        if (w.length() < 4) {
            return w;
        }
        String l = w.toLowerCase(Locale.ROOT);
        List<String[]> rules = List.of(
                new String[] {"ou", "u"}, new String[] {"u", "ou"}, new String[] {"ee", "i"}, new String[] {"i", "ee"},
                new String[] {"y", "i"}, new String[] {"i", "y"}, new String[] {"e", "i"}, new String[] {"a", "e"},
                new String[] {"q", "k"}, new String[] {"k", "q"}, new String[] {"dh", "d"}, new String[] {"ss", "s"},
                new String[] {"s", "ss"}, new String[] {"mm", "m"}, new String[] {"dj", "j"}, new String[] {"aa", "a"});
        for (int tries = 0; tries < 8; tries++) {
            String[] r = rules.get(rnd.nextInt(rules.size()));
            int at = l.indexOf(r[0], 1);
            if (at > 0) {
                String changed = l.substring(0, at) + r[1] + l.substring(at + r[0].length());
                return Character.toUpperCase(changed.charAt(0)) + changed.substring(1);
            }
        }
        return w;
    }

    static String accents(String name, Random rnd) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            int pick = rnd.nextInt(5);
            if (pick == 0 && "aeiou".indexOf(c) >= 0) {
                b.append(switch (c) {
                    case 'a' -> 'á';
                    case 'e' -> 'é';
                    case 'i' -> 'ï';
                    case 'o' -> 'ö';
                    default -> 'ü';
                });
            } else {
                b.append(c);
            }
        }
        String s = b.toString().replace("-", " ");
        return rnd.nextBoolean() ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
    }

    static String particles(List<String> words) {
        List<String> out = new ArrayList<>();
        boolean dropped = false;
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (l.equals("bin") || l.equals("ben") || l.equals("abu") || l.equals("al") || l.equals("el")) {
                dropped = true;
                continue;
            }
            if (l.startsWith("al-") || l.startsWith("el-")) {
                out.add(w.substring(3));
                dropped = true;
                continue;
            }
            out.add(w);
        }
        if (!dropped && out.size() >= 2) {
            out.set(out.size() - 1, "al-" + out.get(out.size() - 1));
        }
        return String.join(" ", out);
    }

    static String legalForm(String name, Random rnd) {
        String stripped = name.replaceAll("(?i)\\s+(corporation|company|co\\.?|ltd\\.?|llc|inc\\.?)$", "");
        if (!stripped.equals(name)) {
            return stripped;
        }
        return name + LEGAL[rnd.nextInt(LEGAL.length)];
    }

    private static void collisions(ListEntry e, String split, List<ListEntry> entries, Random rnd, List<Row> rows) {
        List<String> words = List.of(titleCase(e.name()).split("\\s+"));
        String family = FAMILY[rnd.nextInt(FAMILY.length)];
        if (words.get(words.size() - 1).equalsIgnoreCase(family)) {
            family = FAMILY[(rnd.nextInt(FAMILY.length - 1) + 1) % FAMILY.length];
        }
        rows.add(new Row(split, "common-name", 0, words.get(0) + " " + family, EntryType.PERSON, "", "", e, Set.of()));
        if (words.size() >= 3) {
            Set<String> own = new HashSet<>();
            e.names().forEach(n -> own.addAll(words(n.name())));
            String other = family;
            for (int tries = 0; tries < 20 && (other.equals(family) || own.contains(fold(other))); tries++) {
                other = FAMILY[rnd.nextInt(FAMILY.length)];
            }
            String q = words.get(0) + " " + words.get(1) + " " + other;
            String birth = e.birthDates().stream()
                    .flatMap(d -> d.earliestYear().stream())
                    .findFirst()
                    .map(y -> String.valueOf(y + 9))
                    .orElse("");
            rows.add(new Row(split, "common-name", 0, q, EntryType.PERSON, birth, "", e, Set.of()));
        }
    }

    private static final Set<String> GENERIC = Set.of("the", "of", "and", "for", "in", "company", "corporation", "co",
            "ltd", "limited", "llc", "inc", "trading", "trade", "investment", "enterprise", "establishment", "state",
            "general", "international", "group", "organization", "organisation", "foundation", "national", "korea",
            "korean", "iraqi", "libyan", "industries", "industry", "industrial", "centre", "center", "office", "bureau",
            "al", "el");

    /**
     * The entry's organisation name with its rarest distinctive word (fewest names of the list hold it) replaced by a
     * distinctive word of another organisation: same shape, another organisation.
     */
    private static void nearMisses(ListEntry e, String split, List<ListEntry> entries, Random rnd, List<Row> rows) {
        List<String> words = new ArrayList<>(List.of(titleCase(e.name()).split("\\s+")));
        List<ListEntry> orgs = entries.stream().filter(x -> x.type() == EntryType.ORGANISATION && x != e).toList();
        Map<String, Long> frequency = entries.stream()
                .flatMap(x -> x.names().stream())
                .flatMap(n -> words(n.name()).stream())
                .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        int rarest = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = fold(words.get(i));
            if (GENERIC.contains(w) || w.length() < 3) {
                continue;
            }
            if (rarest < 0 || frequency.getOrDefault(w, 0L) < frequency.getOrDefault(fold(words.get(rarest)), 0L)) {
                rarest = i;
            }
        }
        if (rarest < 0) {
            return;
        }
        Set<String> own = words(e.name());
        for (int n = 0, tries = 0; n < 2 && tries < 20; tries++) {
            List<String> candidates = List.of(titleCase(orgs.get(rnd.nextInt(orgs.size())).name()).split("\\s+"))
                    .stream()
                    .filter(w -> !GENERIC.contains(fold(w)) && fold(w).length() >= 4 && !own.contains(fold(w)))
                    .toList();
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> q = new ArrayList<>(words);
            q.set(rarest, candidates.get(rnd.nextInt(candidates.size())));
            rows.add(new Row(split, "near-miss-organisation", 0, String.join(" ", q), EntryType.ORGANISATION, "", "", e,
                    Set.of()));
            n++;
        }
    }

    static String fold(String w) {
        String f = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return f.replaceAll("[^a-z0-9]", "");
    }

    /** The other entry sharing the most words with the name (words of every name, folded to ASCII). */
    static ListEntry nearestOther(String query, ListEntry self, List<ListEntry> entries) {
        Set<String> q = words(query);
        ListEntry best = null;
        double bestScore = 0;
        for (ListEntry other : entries) {
            if (other == self || other.type() != self.type()) {
                continue;
            }
            Set<String> w = new HashSet<>();
            other.names().forEach(n -> w.addAll(words(n.name())));
            Set<String> common = new HashSet<>(q);
            common.retainAll(w);
            double s = common.size() / (double) (q.size() + 1);
            if (s > bestScore) {
                bestScore = s;
                best = other;
            }
        }
        return best;
    }

    static Set<String> words(String s) {
        String f = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (String w : f.split("[^a-z0-9]+")) {
            if (w.length() > 2 && !Set.of("the", "and", "for", "abu", "bin", "ben").contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.trim().replaceAll("\\s+", " ").toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '(';
        }
        return b.toString();
    }

    private static void write(List<Row> rows, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("id,split,category,label,query,query_type,query_birth_date,query_nationality,"
                    + "candidate_reference,candidate_type,candidate_names,candidate_birth_dates,"
                    + "candidate_nationalities,candidate_countries\n");
            int id = 1;
            for (Row r : rows) {
                ListEntry c = r.candidate;
                EntryFacts facts = EntryFacts.of(c);
                String names = c.names().stream()
                        .map(ListEntry.NameOfEntry::name)
                        .filter(n -> !r.leftOut.contains(n))
                        .filter(n -> !(r.category.equals("original-script")
                                && !n.equals(c.name()) && !isLatin(n)))
                        .collect(Collectors.joining("|"));
                String dates = c.birthDates().stream()
                        .map(d -> String.join(";", d.typeOfDate(), d.date(), s(d.year()), s(d.fromYear()),
                                s(d.toYear())))
                        .collect(Collectors.joining("|"));
                w.write(String.join(",", String.valueOf(id++), r.split, r.category, String.valueOf(r.label),
                        csv(r.query), r.queryType.slug(), r.birthDate, r.nationality, csv(c.reference()),
                        c.type().slug(), csv(names), csv(dates), String.join("|", facts.nationalities()),
                        String.join("|", facts.countries())));
                w.write('\n');
            }
        }
    }

    private static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static String s(Integer i) {
        return i == null ? "" : i.toString();
    }

    private static String csv(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
