package org.gsi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.gsi.platform.ProtocolPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The filter chain of machine protocols declared as {@link ProtocolPaths} (TAXII): HTTP Basic with the platform's
 * users (throttled like the login form) and API tokens as {@code Bearer} or {@code Token}; no session is read or
 * made, so there is no ambient authority and no CSRF token. Anonymous requests pass to the handlers, which show
 * them only what is public. Bad credentials get the module's own 401.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class ProtocolSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain protocolFilterChain(
            HttpSecurity http,
            ObjectProvider<ProtocolPaths> declared,
            AuthenticationManager authenticationManager,
            TokenService tokens)
            throws Exception {
        List<ProtocolPaths> protocols = declared.orderedStream().toList();
        RequestMatcher covered = request -> protocols.stream().anyMatch(p -> p.covers(path(request)));
        AuthenticationEntryPoint entryPoint = (request, response, e) -> protocols.stream()
                .filter(p -> p.covers(path(request)))
                .findFirst()
                .orElseThrow()
                .unauthenticated()
                .commence(request, response, e);
        http.securityMatcher(covered)
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new TokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Authenticates {@code Authorization: Bearer <token>} and {@code Token <token>}; an unknown, expired or revoked
     * token is answered at once. The header is consumed, so no later filter reads it again.
     */
    static final class TokenFilter extends OncePerRequestFilter {

        private final TokenService tokens;
        private final AuthenticationEntryPoint entryPoint;

        TokenFilter(TokenService tokens, AuthenticationEntryPoint entryPoint) {
            this.tokens = tokens;
            this.entryPoint = entryPoint;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            int scheme = header == null ? -1 : header.indexOf(' ');
            String kind = scheme < 0 ? "" : header.substring(0, scheme);
            if (!kind.equalsIgnoreCase("Bearer") && !kind.equalsIgnoreCase("Token")) {
                chain.doFilter(request, response);
                return;
            }
            var user = tokens.authenticate(header.substring(scheme + 1).trim());
            if (user.isEmpty()) {
                entryPoint.commence(
                        request, response, new BadCredentialsException("The token is unknown, expired or revoked."));
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new UsernamePasswordAuthenticationToken(
                    user.get(), null, user.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
            chain.doFilter(withoutCredentials(request), response);
        }

        private static HttpServletRequest withoutCredentials(HttpServletRequest request) {
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return "Authorization".equalsIgnoreCase(name) ? null : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return "Authorization".equalsIgnoreCase(name)
                            ? Collections.emptyEnumeration()
                            : super.getHeaders(name);
                }
            };
        }
    }
}
