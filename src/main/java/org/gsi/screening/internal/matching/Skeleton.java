package org.gsi.screening.internal.matching;

/**
 * The consonant key of a Latin name word, so that transliterations of one name agree: Mohammed, Muhammad and
 * Arabic محمد (transliterated "mhmd") all give {@code mhmd}; Khalil and خليل give {@code Kl}.
 *
 * <p>Read left to right in one pass: digraphs become one sign (tch and ch → C, kh → K, sh → S, zh → Z, gh → g,
 * th → t, dh → d, ph → f, dj → g, ck → k); j becomes g (Jamal, Gamal), q and c become k, x becomes ks, v becomes w; a
 * leading vowel becomes {@code V}; every vowel, y and w after the first letter and a final h are dropped; signs
 * repeated in a row count once.
 */
final class Skeleton {

    private Skeleton() {}

    static String of(String w) {
        int n = w.length();
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            boolean first = i == 0;
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char out;
            if (c == 't' && next == 'c' && i + 2 < n && w.charAt(i + 2) == 'h') {
                out = 'C';
                i += 2;
            } else if (next == 'h' && "kscgtdzp".indexOf(c) >= 0) {
                out = switch (c) {
                    case 'k' -> 'K';
                    case 's' -> 'S';
                    case 'c' -> 'C';
                    case 'z' -> 'Z';
                    case 'p' -> 'f';
                    default -> c;
                };
                i++;
            } else if ((c == 'd' && next == 'j') || (c == 'c' && next == 'k')) {
                out = c == 'd' ? 'g' : 'k';
                i++;
            } else {
                out = switch (c) {
                    case 'j' -> 'g';
                    case 'q', 'c' -> 'k';
                    case 'v' -> 'w';
                    case 'H' -> 'h';
                    default -> c;
                };
            }
            if (first) {
                if (out == 'x') {
                    b.append("ks");
                } else {
                    b.append(isVowel(out) ? 'V' : out);
                }
                continue;
            }
            if (isVowel(out) || out == 'y' || out == 'w') {
                continue;
            }
            if (out == 'x') {
                append(b, 'k');
                append(b, 's');
            } else {
                append(b, out);
            }
        }
        if (b.length() > 1 && b.charAt(b.length() - 1) == 'h') {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    private static void append(StringBuilder b, char c) {
        if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
            b.append(c);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The key with d, t, z and the emphatic signs as one: Arabic-script names write ذ ظ ض ث in Latin as any of them. */
    static String loose(String skeleton) {
        StringBuilder b = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            char m = (c == 'd' || c == 't' || c == 'z' || c == 'Z') ? 'T' : c;
            if (b.length() == 0 || b.charAt(b.length() - 1) != m) {
                b.append(m);
            }
        }
        return b.toString();
    }
}
