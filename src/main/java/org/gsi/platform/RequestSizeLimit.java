package org.gsi.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code gsi.max-request-size} (default 1 MB) with 413. File uploads
 * ({@code multipart/form-data}) have their own, larger limit. Bulk imports under {@code /api/v1/imports/} and
 * {@code /imports/} accept {@code gsi.max-import-size} (default 50 MB), raw or as a form upload.
 *
 * <p>The limit holds against the bytes actually read, not only the declared {@code Content-Length}: a body sent
 * in chunks is counted as it is read and refused as soon as it passes the limit. Form uploads are parsed by the
 * server, which counts them against {@code spring.servlet.multipart.max-request-size}; an import's parts are
 * checked against the import limit once parsed. Paths of a {@link ProtocolPaths} are left to their module, which
 * counts the bytes it reads itself and answers in its protocol's format.
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
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (protocols.stream().anyMatch(p -> p.covers(path))) {
            chain.doFilter(request, response);
            return;
        }
        boolean bulkImport = path.startsWith("/api/v1/imports/") || path.startsWith("/imports/");
        long limit = bulkImport ? maxImportBytes : upload ? maxUploadBytes : maxBytes;
        if (length > limit) {
            refuse(response, limit);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit, upload && bulkImport), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (BodyTooLargeException.in(e) == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(response, limit);
        }
    }

    static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        response.getWriter()
                .write("{\"type\":\"/problems/too-large\",\"title\":\"Request too large\",\"status\":413,"
                        + "\"detail\":\"The request body is larger than the " + limit
                        + " bytes accepted here.\"}");
    }

    /** A request whose body can be read only up to the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private final boolean checkParts;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, long limit, boolean checkParts) {
            super(request);
            this.limit = limit;
            this.checkParts = checkParts;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counting(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            Collection<Part> parts = super.getParts();
            if (checkParts && parts.stream().mapToLong(Part::getSize).sum() > limit) {
                throw new BodyTooLargeException(limit);
            }
            return parts;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
