package org.gsi.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The taxonomy of the platform, read-only and the same for everyone. */
public interface Taxonomy {

    List<Term> list(TermKind kind);

    Optional<Term> find(TermKind kind, String code);

    /** Whether {@code code} is a term of {@code kind}. */
    default boolean isA(TermKind kind, String code) {
        return find(kind, code).isPresent();
    }

    /** The codes among {@code codes} that are not terms of {@code kind}; empty when all are known. */
    default List<String> unknown(TermKind kind, Collection<String> codes) {
        return codes.stream().filter(c -> !isA(kind, c)).toList();
    }
}
