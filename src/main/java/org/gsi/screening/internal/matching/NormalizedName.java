package org.gsi.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A name made comparable: transliterated to Latin, folded to ASCII, split into words with their weights.
 *
 * @param input the name as given
 * @param latin the name in Latin letters, as compared
 * @param tokens every word kept, in order (words of weight 0 are already dropped)
 * @param organisation whether it was normalized as the name of an organisation (legal forms dropped)
 */
public record NormalizedName(String input, String latin, List<NameToken> tokens, boolean organisation) {

    private static final char FIELD = '\u001f';
    private static final char WORD = '\u001e';

    public NormalizedName {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The words that carry the name (not particles), in order. */
    public List<NameToken> content() {
        return tokens.stream().filter(t -> t.kind() != NameToken.Kind.PARTICLE).toList();
    }

    /** A compact form to store beside an index entry, read back by {@link #decode}. */
    public String encode() {
        StringBuilder b = new StringBuilder();
        b.append(organisation ? 'O' : 'P').append(FIELD).append(latin);
        for (NameToken t : tokens) {
            b.append(WORD)
                    .append(t.original())
                    .append(FIELD)
                    .append(t.text())
                    .append(FIELD)
                    .append(t.skeleton())
                    .append(FIELD)
                    .append(t.weight())
                    .append(FIELD)
                    .append(t.position())
                    .append(FIELD)
                    .append(t.kind().ordinal())
                    .append(FIELD)
                    .append(t.abjad() ? '1' : '0');
        }
        return b.toString();
    }

    public static NormalizedName decode(String input, String encoded) {
        String[] words = encoded.split(String.valueOf(WORD), -1);
        String[] head = words[0].split(String.valueOf(FIELD), -1);
        List<NameToken> tokens = new ArrayList<>(words.length - 1);
        NameToken.Kind[] kinds = NameToken.Kind.values();
        for (int i = 1; i < words.length; i++) {
            String[] f = words[i].split(String.valueOf(FIELD), -1);
            tokens.add(new NameToken(
                    f[0],
                    f[1],
                    f[2],
                    Double.parseDouble(f[3]),
                    Integer.parseInt(f[4]),
                    kinds[Integer.parseInt(f[5])],
                    f[6].equals("1")));
        }
        return new NormalizedName(input, head[1], tokens, head[0].equals("O"));
    }
}
