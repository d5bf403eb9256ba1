package org.gsi.screening.internal.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes names comparable across scripts and conventions.
 *
 * <ol>
 *   <li>Transliteration with ICU: Arabic and Persian script (Arabic-Latin), Cyrillic (Russian-Latin/BGN), Chinese
 *       characters (Han-Latin, pinyin), Hangul (Hangul-Latin), any other script (Any-Latin).
 *   <li>Folding to ASCII: accents and other marks dropped (é → e), ß → ss, ø → o; an ayin or hamza that opens a word
 *       written in Arabic script (or follows its article) becomes a vowel; ḥ stays apart from a letter before it, so
 *       that صح ("ṣḥ") is not read as ش ("sh").
 *   <li>Words: "abd" joins the name it serves (Abd al-Rahman, Abdul Rahman, Abdulrahman → abdrahman); "ud-din"
 *       and "ullah" join the name before them (Nur al-Din → nurdin, Hamid Allah → hamidullah); the article al-/el-
 *       is dropped before a name (and from the start of a word written in Arabic script); kin and family particles
 *       (abu, bin, ibn, ag, ould, van, von, de…) are kept with a small weight; titles (Haji, Mullah, Dr) are dropped;
 *       in names of organisations, legal forms (LLC, Ltd, Co., Company, 有限公司) and small words (the, of) are
 *       dropped and generic words (International, Trading) weigh little.
 *   <li>Spelling: each word is put in its canonical spelling where one is known (Mohammed, Mohamed, Muhammad →
 *       muhammad) and gets its consonant key ({@link Skeleton}).
 * </ol>
 *
 * Thread-safe: ICU transliterators are kept per thread.
 */
public final class NameNormalizer {

    private static final ThreadLocal<Map<String, Transliterator>> TRANSLITERATORS =
            ThreadLocal.withInitial(HashMap::new);
    private static final Pattern ABD_ALONE = Pattern.compile("abd(?:ul|el|al|ol|ur|ar|er|or|us|as|es|ou|u|e|a|o)?");
    private static final Pattern ABD_JOINED =
            Pattern.compile("abd(?:ul|el|al|ol|ur|ar|er|or|us|as|es|u|e|a|o)?([a-zH]{3,})");
    private static final Pattern DIN_SUFFIX =
            Pattern.compile("([a-zH]{2,}?)(?:uddin|eddine|eddin|addin|aldin|eldin|uldin|udeen|uddeen|edine|idin)");
    private static final Pattern ULLAH_SUFFIX = Pattern.compile("([a-zH]{2,}?)(?:ullah|allah|ollah|ulla|alla)");

    private final NameWords words;

    public NameNormalizer() {
        this(NameWords.shipped());
    }

    NameNormalizer(NameWords words) {
        this.words = words;
    }

    public NormalizedName normalize(String input, boolean organisation) {
        String source = input == null ? "" : input;
        boolean ascii = isAscii(source);
        boolean abjad = false;
        String latin;
        if (ascii) {
            latin = source.toLowerCase(Locale.ROOT);
        } else {
            source = Normalizer.normalize(source, Normalizer.Form.NFKC);
            abjad = hasAbjad(source);
            latin = fold(toLatin(source), abjad);
        }
        List<String[]> raw = split(latin, abjad);
        List<String[]> joined = join(raw, organisation);
        List<NameToken> tokens = classify(joined, organisation, abjad);
        return new NormalizedName(input == null ? "" : input, latin.trim(), tokens, organisation);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The name in Latin letters: each non-Latin script through its ICU transliterator. */
    static String toLatin(String s) {
        boolean other = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int script = UScript.getScript(cp);
            if (Character.isLetter(cp)
                    && script != UScript.LATIN
                    && script != UScript.COMMON
                    && script != UScript.INHERITED) {
                other = true;
                break;
            }
            i += Character.charCount(cp);
        }
        if (!other) {
            return s;
        }
        String out = s;
        if (has(out, UScript.CYRILLIC)) {
            out = transliterator("Russian-Latin/BGN").transliterate(out);
        }
        if (has(out, UScript.HAN)) {
            out = transliterator("Han-Latin").transliterate(out);
        }
        if (has(out, UScript.HANGUL)) {
            out = transliterator("Hangul-Latin").transliterate(out);
        }
        return transliterator("Any-Latin").transliterate(out);
    }

    private static boolean has(String s, int wanted) {
        return s.codePoints().anyMatch(cp -> UScript.getScript(cp) == wanted);
    }

    private static boolean hasAbjad(String s) {
        return s.codePoints().anyMatch(cp -> {
            int script = UScript.getScript(cp);
            return script == UScript.ARABIC
                    || script == UScript.HEBREW
                    || script == UScript.SYRIAC
                    || script == UScript.THAANA;
        });
    }

    private static Transliterator transliterator(String id) {
        return TRANSLITERATORS.get().computeIfAbsent(id, Transliterator::getInstance);
    }

    /** ASCII lower case; accents dropped, ayin and hamza kept as an apostrophe. */
    static String fold(String s, boolean abjad) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 128) {
                boolean dottedH = abjad && (c == 'h' || c == 'H') && i + 1 < d.length() && d.charAt(i + 1) == '\u0323';
                b.append(dottedH ? 'H' : Character.toLowerCase(c));
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ø', 'Ø' -> b.append('o');
                case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                case 'þ', 'Þ' -> b.append("th");
                case 'ł', 'Ł' -> b.append('l');
                case 'ı' -> b.append('i');
                case 'ħ', 'Ħ' -> b.append('h');
                case 'ŋ' -> b.append("ng");
                case 'ʿ', 'ʾ', 'ʻ', 'ʼ', '’', '‘', '`', '´', 'ʹ', 'ʺ' -> b.append('\'');
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        b.append(Character.toLowerCase(c));
                    } else {
                        b.append(' ');
                    }
                }
            }
        }
        return b.toString();
    }

    /** Words as {original, word} pairs; an apostrophe opening a word of Arabic script stands for a vowel. */
    private static List<String[]> split(String latin, boolean abjad) {
        List<String[]> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= latin.length(); i++) {
            char c = i < latin.length() ? latin.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == 'H') {
                w.append(c);
            } else if (c == '\'') {
                if (abjad && (w.isEmpty() || w.toString().equals("al"))) {
                    w.append('a');
                }
            } else if (!w.isEmpty()) {
                out.add(new String[] {w.toString().replace('H', 'h'), w.toString()});
                w.setLength(0);
            }
        }
        return out;
    }

    /** Legal forms of organisations dropped; abd, ud-din and ullah joined to the names they belong to. */
    private List<String[]> join(List<String[]> raw, boolean organisation) {
        List<String[]> in = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i)[1];
            if (organisation && i + 1 < raw.size()) {
                String next = raw.get(i + 1)[1];
                if ((w.equals("you") && next.equals("xian"))
                        || (w.equals("gong") && next.equals("si"))
                        || (w.equals("hui") && next.equals("she"))) {
                    i++;
                    continue;
                }
            }
            in.add(new String[] {raw.get(i)[0], words.canonical(w)});
        }
        List<String[]> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            String original = in.get(i)[0];
            String w = in.get(i)[1];
            boolean abdWord = w.startsWith("abd");
            if (abdWord && ABD_ALONE.matcher(w).matches() && i + 1 < in.size()) {
                int j = i + 1;
                if (words.article(in.get(j)[1]) && j + 1 < in.size()) {
                    j++;
                }
                String next = stripArticle(in.get(j)[1]);
                StringBuilder orig = new StringBuilder(original);
                for (int k = i + 1; k <= j; k++) {
                    orig.append(' ').append(in.get(k)[0]);
                }
                out.add(new String[] {orig.toString(), "abd" + next});
                i = j;
                continue;
            }
            Matcher abd = abdWord ? ABD_JOINED.matcher(w) : null;
            if (abd != null && abd.matches()) {
                out.add(new String[] {original, "abd" + abd.group(1)});
                continue;
            }
            boolean din = w.equals("din")
                    || w.equals("deen")
                    || w.equals("dine")
                    || w.equals("eddin")
                    || w.equals("uddin")
                    || w.equals("eddine");
            boolean ullah = w.equals("ullah")
                    || w.equals("allah")
                    || w.equals("ollah")
                    || w.equals("ulla")
                    || w.equals("alla")
                    || w.equals("allh");
            if ((din || ullah) && !out.isEmpty() && out.get(out.size() - 1)[1].length() > 1) {
                String[] prev = out.remove(out.size() - 1);
                String base = prev[1];
                String origin = prev[0];
                if (din && words.article(base) && !out.isEmpty()) {
                    String[] before = out.remove(out.size() - 1);
                    origin = before[0] + " " + origin;
                    base = before[1];
                }
                out.add(new String[] {origin + " " + original, base + (din ? "din" : "ullah")});
                continue;
            }
            Matcher suffix = w.length() > 5 && (w.contains("din") || w.contains("deen") || w.contains("dine"))
                    ? DIN_SUFFIX.matcher(w)
                    : null;
            if (suffix != null && suffix.matches()) {
                out.add(new String[] {original, suffix.group(1) + "din"});
                continue;
            }
            suffix = w.length() > 5 && w.contains("ll") && !abdWord ? ULLAH_SUFFIX.matcher(w) : null;
            if (suffix != null && suffix.matches()) {
                out.add(new String[] {original, suffix.group(1) + "ullah"});
                continue;
            }
            out.add(new String[] {original, w});
        }
        return out;
    }

    private List<NameToken> classify(List<String[]> in, boolean organisation, boolean abjad) {
        List<NameToken> tokens = new ArrayList<>(in.size());
        int n = in.size();
        for (int i = 0; i < n; i++) {
            String original = in.get(i)[0];
            String w = in.get(i)[1];
            boolean last = i == n - 1;
            if (organisation && (words.legalForm(w) || words.stop(w)) && n > 1) {
                continue;
            }
            if (!organisation && words.title(w) && n > 1) {
                continue;
            }
            if (words.article(w) && !last) {
                continue;
            }
            if (abjad && w.length() >= 5 && w.startsWith("al")) {
                w = w.substring(2);
            }
            NameToken.Kind kind;
            double weight;
            if (words.particle(w) && n > 1 && !organisation) {
                kind = NameToken.Kind.PARTICLE;
                weight = 0.2;
                w = particle(w);
            } else if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                kind = NameToken.Kind.INITIAL;
                weight = 0.5;
            } else if (organisation && words.generic(w)) {
                kind = NameToken.Kind.GENERIC;
                weight = 0.35;
            } else {
                w = words.canonical(w);
                boolean common = words.common(w);
                kind = common ? NameToken.Kind.COMMON : NameToken.Kind.NAME;
                weight = common ? 0.6 : 1.0;
            }
            tokens.add(new NameToken(original, w, Skeleton.of(w), weight, tokens.size(), kind, abjad));
        }
        if (tokens.isEmpty() && !in.isEmpty()) {
            for (String[] word : in) {
                tokens.add(new NameToken(
                        word[0], word[1], Skeleton.of(word[1]), 1.0, tokens.size(), NameToken.Kind.NAME, abjad));
            }
        }
        return tokens;
    }

    private static String particle(String w) {
        return switch (w) {
            case "abou", "abo", "bou", "abw" -> "abu";
            case "ben", "ibn", "bint", "binti", "ibnu", "bn", "bnt", "abn" -> "bin";
            case "um", "oum" -> "umm";
            default -> w;
        };
    }

    private static String stripArticle(String w) {
        if (w.length() >= 5 && (w.startsWith("al") || w.startsWith("el") || w.startsWith("ul"))) {
            return w.substring(2);
        }
        return w;
    }

    /** A lower-case, ASCII-only rendering of any name, for display keys and tests. */
    public static String ascii(String s) {
        return fold(toLatin(s), false).trim().toLowerCase(Locale.ROOT);
    }
}
