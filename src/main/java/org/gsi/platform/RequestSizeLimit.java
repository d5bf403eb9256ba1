package org.gsi.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code gsi.max-request-size} (default 1 MB) with 413 before they are
 * read. File uploads ({@code multipart/form-data}) have their own, larger limit. Bulk imports under
 * {@code /api/v1/imports/} and {@code /imports/} accept {@code gsi.max-import-size} (default 50 MB), raw or as a
 * form upload. Paths of a {@link ProtocolPaths} are left to their module, which answers in its protocol's format.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final long maxImportBytes;
    private final java.util.List<ProtocolPaths> protocols;

    RequestSizeLimit(
            @Value("${gsi.max-request-size:1MB}") DataSize max,
            @Value("${spring.servlet.multipart.max-request-size:200MB}") DataSize maxUpload,
            @Value("${gsi.max-import-size:50MB}") DataSize maxImport,
            org.springframework.beans.factory.ObjectProvider<ProtocolPaths> protocols) {
        this.maxBytes = max.toBytes();
        this.maxUploadBytes = maxUpload.toBytes();
        this.maxImportBytes = maxImport.toBytes();
        this.protocols = protocols.orderedStream().toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (protocols.stream().anyMatch(p -> p.covers(path))) {
            chain.doFilter(request, response);
            return;
        }
        boolean bulkImport = path.startsWith("/api/v1/imports/") || path.startsWith("/imports/");
        long limit = bulkImport ? maxImportBytes : upload ? maxUploadBytes : maxBytes;
        if (length > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"/problems/too-large\",\"title\":\"Request too large\",\"status\":413,"
                            + "\"detail\":\"The request body has " + length + " bytes; at most " + limit
                            + " are accepted here.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
