package org.gsi.platform;

import java.util.List;

/**
 * Paths a module serves to everyone without login with GET (public records). Each module declares its own as a
 * bean; everything not declared needs a login.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
