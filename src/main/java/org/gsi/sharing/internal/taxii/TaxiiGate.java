package org.gsi.sharing.internal.taxii;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.gsi.platform.ProtocolPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every TAXII request meets before any handler, before authentication even: {@code Accept} must admit TAXII 2.1
 * (else 406), a body must be TAXII JSON (else 415) and not longer than the API root's {@code max_content_length}
 * (else 413), all answered with TAXII error messages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TaxiiGate extends OncePerRequestFilter {

    static final String PATHS = "/taxii2/**";

    private final long maxContentLength;

    TaxiiGate(@Value("${gsi.sharing.max-content-length:32MB}") DataSize max) {
        this.maxContentLength = max.toBytes();
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
            TaxiiHttp.write(
                    response,
                    HttpStatus.NOT_ACCEPTABLE,
                    "Not acceptable",
                    "This server answers in " + TaxiiHttp.TAXII + "; send an Accept header that admits it.");
            return;
        }
        boolean body = request.getMethod().equals("POST") || request.getMethod().equals("PUT");
        if (body && !TaxiiHttp.readableBody(request.getContentType())) {
            TaxiiHttp.write(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type",
                    "Send the envelope as " + TaxiiHttp.TAXII + ".");
            return;
        }
        if (request.getContentLengthLong() > maxContentLength) {
            TaxiiHttp.write(
                    response,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Request too large",
                    "The body has " + request.getContentLengthLong() + " bytes; the API root accepts at most "
                            + maxContentLength + ".");
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {

        /** HTTP Basic and tokens on TAXII paths; bad credentials get a TAXII 401. */
        @Bean
        ProtocolPaths taxiiProtocolPaths() {
            return new ProtocolPaths(
                    List.of(PATHS),
                    (request, response, e) -> TaxiiHttp.write(
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "Unauthorized",
                            e.getMessage() == null || e.getMessage().isBlank()
                                    ? "Authenticate with HTTP Basic (a platform user) or a bearer token."
                                    : e.getMessage()));
        }
    }
}
