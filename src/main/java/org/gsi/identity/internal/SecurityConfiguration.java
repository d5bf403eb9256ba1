package org.gsi.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gsi.platform.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what: public records and the registry are open to everyone for reading; everything else needs a
 * login (a session from the login form, or a bearer token on the API). Forms carry CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    static final List<String> OPEN_READS = List.of(
            "/",
            "/login",
            "/lang",
            "/error",
            "/problem",
            "/favicon.ico",
            "/css/**",
            "/js/**",
            "/img/**",
            "/webjars/**",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/actuator/health",
            "/actuator/health/**");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            List<PublicPaths> modulePaths,
            BearerTokenFilter bearer,
            SessionRefresh sessionRefresh,
            AuthenticationManager authenticationManager)
            throws Exception {
        List<String> reads = new ArrayList<>();
        modulePaths.forEach(p -> reads.addAll(p.patterns()));
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher actuator = PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
        RequestMatcher tokenEndpoint =
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/auth/tokens");
        RequestMatcher bearerRequest = request -> {
            String h = request.getHeader("Authorization");
            return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        // an API call that carries no session cookie has no ambient authority a forged request could borrow
        RequestMatcher sessionlessApi = request -> api.matches(request) && request.getRequestedSessionId() == null;
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a.requestMatchers(OPEN_READS.toArray(String[]::new))
                        .permitAll()
                        // metrics and every management endpoint but health: secretariat administrators only
                        .requestMatchers(actuator)
                        .hasRole("SECRETARIAT_ADMIN")
                        .requestMatchers(tokenEndpoint)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, reads.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, reads.toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/?loggedOut").permitAll())
                .csrf(c -> c.ignoringRequestMatchers(tokenEndpoint, bearerRequest, sessionlessApi))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problem401(), api)
                        .defaultAuthenticationEntryPointFor(problem401(), actuator)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(problem403(), api)
                        .defaultAccessDeniedHandlerFor(problem403(), actuator))
                .headers(h -> h.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                        + " style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self';"
                                        + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .addFilterAfter(sessionRefresh, SecurityContextHolderFilter.class);
        return http.build();
    }

    static AuthenticationEntryPoint problem401() {
        return (request, response, ex) -> writeProblem(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "unauthorized",
                "Authentication required",
                "Log in, or send 'Authorization: Bearer <token>' with a token from POST /api/v1/auth/tokens.");
    }

    static AccessDeniedHandler problem403() {
        return (request, response, ex) -> writeProblem(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "forbidden",
                "Not allowed",
                ex.getMessage() != null && ex.getMessage().toLowerCase().contains("csrf")
                        ? "The form's security token is missing or expired; reload the page and try again."
                        : "You are not allowed to do this.");
    }

    static void writeProblem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
