package org.gsi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in session in step with the user record: a disabled user is logged out on their next request,
 * a changed role takes effect at once.
 */
@Component
class SessionRefresh extends OncePerRequestFilter {

    private final UserStore users;

    SessionRefresh(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn && request.getSession(false) != null) {
            var fresh = users.byId(signedIn.user().id()).filter(User::enabled);
            if (fresh.isEmpty()) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
            } else if (fresh.get().version() != signedIn.user().version()) {
                var updated = new SignedInUser(fresh.get());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        new UsernamePasswordAuthenticationToken(updated, null, updated.getAuthorities()));
                SecurityContextHolder.setContext(context);
                request.getSession().setAttribute("SPRING_SECURITY_CONTEXT", context);
            }
        }
        chain.doFilter(request, response);
    }
}
