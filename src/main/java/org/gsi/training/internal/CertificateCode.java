package org.gsi.training.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A certificate's verification code: 15 random symbols of Crockford's base-32 alphabet (75 bits
 * from a SecureRandom, so it cannot be guessed) and one check symbol that catches a mistyped
 * symbol before any look-up. Written as four groups of four: {@code 7QXD-K2M9-ZC4T-RB1H}.
 */
record CertificateCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 15;

    static CertificateCode generate(SecureRandom random) {
        StringBuilder symbols = new StringBuilder();
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        symbols.append(checkSymbol(symbols));
        return new CertificateCode(symbols.toString());
    }

    /** Reads a code as people type it (any case, with or without dashes, O for 0, I or L for 1). */
    static Optional<CertificateCode> parse(String typed) {
        String symbols = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (symbols.length() != RANDOM_SYMBOLS + 1 || !symbols.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        char check = checkSymbol(symbols.substring(0, RANDOM_SYMBOLS));
        return check == symbols.charAt(RANDOM_SYMBOLS) ? Optional.of(new CertificateCode(symbols)) : Optional.empty();
    }

    /** Weighted sum mod 31 (a prime), so any single wrong symbol and any swap of neighbours changes it. */
    private static char checkSymbol(CharSequence symbols) {
        int sum = 0;
        for (int i = 0; i < symbols.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(symbols.charAt(i));
        }
        return ALPHABET.charAt(sum % 31);
    }

    String grouped() {
        return String.join(
                "-", value.substring(0, 4), value.substring(4, 8), value.substring(8, 12), value.substring(12));
    }

    @Override
    public String toString() {
        return grouped();
    }
}
