package org.gsi.sharing.internal.taxii;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.gsi.platform.Message;
import org.gsi.platform.ProtocolPaths;
import org.gsi.platform.ReaderFormats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What every TAXII request meets before any handler, before authentication even: {@code Accept} must admit TAXII 2.1
 * (else 406), a body must be TAXII JSON (else 415) and not longer than the API root's {@code max_content_length}
 * (else 413), all answered with TAXII error messages whose title and description are in the client's language, as
 * the handlers' errors are; the status, media types and header names stay as TAXII spells them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TaxiiGate extends OncePerRequestFilter {

    static final String PATHS = "/taxii2/**";

    private final long maxContentLength;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    TaxiiGate(
            @Value("${gsi.sharing.max-content-length:32MB}") DataSize max,
            MessageSource messages,
            ObjectProvider<LocaleResolver> locales) {
        this.maxContentLength = max.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    long maxContentLength() {
        return maxContentLength;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/taxii2/") && !path.equals("/taxii2");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!TaxiiHttp.acceptable(request.getHeader("Accept"))) {
            refuse(
                    request,
                    response,
                    HttpStatus.NOT_ACCEPTABLE,
                    Message.of("sharing.taxii.title.notAcceptable"),
                    Message.of("sharing.taxii.notAcceptable", TaxiiHttp.TAXII));
            return;
        }
        boolean body = request.getMethod().equals("POST") || request.getMethod().equals("PUT");
        if (body && !TaxiiHttp.readableBody(request.getContentType())) {
            refuse(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    Message.of("sharing.taxii.title.unsupportedType"),
                    Message.of("sharing.taxii.unsupportedType", TaxiiHttp.TAXII));
            return;
        }
        if (request.getContentLengthLong() > maxContentLength) {
            refuse(
                    request,
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    Message.of("problem.title.too-large"),
                    Message.of("sharing.taxii.tooLong", maxContentLength));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A TAXII error message written before any handler, in the language the client asks for ({@code ?lang=} or
     * {@code Accept-Language}, as the handlers' errors): the resolver of the platform's languages decides it.
     */
    void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            Message title,
            Message description)
            throws IOException {
        ReaderFormats reader = ReaderFormats.of(messages, language(request), ZoneOffset.UTC);
        TaxiiHttp.write(response, status, reader.text(title), reader.text(description));
    }

    private Locale language(HttpServletRequest request) {
        LocaleResolver resolver = locales.getIfAvailable();
        if (resolver instanceof LocaleContextResolver context) {
            Locale asked = context.resolveLocaleContext(request).getLocale();
            return asked == null ? Locale.ENGLISH : asked;
        }
        return resolver == null ? request.getLocale() : resolver.resolveLocale(request);
    }

    /** Why a caller was not let in, from what it sent: a token, a user and password, or too many wrong ones. */
    static Message unauthenticated(HttpServletRequest request, AuthenticationException e) {
        String authorization = request.getHeader("Authorization");
        String scheme = authorization == null ? "" : authorization.strip().split("\\s+", 2)[0];
        if (e instanceof LockedException) {
            return Message.of("sharing.taxii.throttled");
        }
        if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("Token")) {
            return Message.of("sharing.taxii.badToken");
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            return Message.of("sharing.taxii.badCredentials");
        }
        return Message.of("sharing.taxii.signIn");
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {

        /** HTTP Basic and tokens on TAXII paths; bad credentials get a TAXII 401 in the client's language. */
        @Bean
        ProtocolPaths taxiiProtocolPaths(TaxiiGate gate) {
            return new ProtocolPaths(
                    List.of(PATHS),
                    (request, response, e) -> gate.refuse(
                            request,
                            response,
                            HttpStatus.UNAUTHORIZED,
                            Message.of("problem.title.unauthorized"),
                            unauthenticated(request, e)));
        }
    }
}
