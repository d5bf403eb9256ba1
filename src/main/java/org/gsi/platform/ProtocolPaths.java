package org.gsi.platform;

import java.util.List;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Paths of a machine-to-machine protocol a module serves (TAXII): callers authenticate on every request with HTTP
 * Basic or a bearer token (also sent as {@code Authorization: Token …}), never with a session, so no CSRF token is
 * needed; anonymous callers reach the handlers, which decide what they may see. The module answers bad credentials
 * through {@code unauthenticated} in its protocol's error format, and checks request body sizes itself (the
 * platform's general limit does not apply here).
 */
public record ProtocolPaths(List<String> patterns, AuthenticationEntryPoint unauthenticated) {

    public ProtocolPaths {
        patterns = List.copyOf(patterns);
    }

    /** Whether a request path (without context path) falls under these patterns ({@code /x/**} or exact). */
    public boolean covers(String path) {
        for (String p : patterns) {
            if (p.endsWith("/**")
                    ? path.startsWith(p.substring(0, p.length() - 2)) || path.equals(p.substring(0, p.length() - 3))
                    : path.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
