package org.gsi.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests the server refuses before any of the platform's code runs (a NUL character encoded in the path, a
 * malformed request line) are answered by the server's own error report. Under {@code /api/} that report is a
 * problem detail too, and under {@code /taxii2/} a TAXII error message, so no client of either has to read an HTML
 * error page.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorReports {

    @Bean
    TomcatContextCustomizer problemErrorReports() {
        return context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost h) {
                h.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        };
    }

    /** Writes problem+json for API paths and the server's usual report for the rest. */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String uri = request.getRequestURI();
            int status = response.getStatus();
            boolean taxii = TaxiiErrorMessages.covers(uri);
            if (uri == null || !(uri.startsWith("/api/") || taxii) || status < 400 || response.isCommitted()) {
                super.report(request, response, throwable);
                return;
            }
            if (taxii) {
                writeTaxiiError(response, status);
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer out = response.getReporter();
                if (out != null) {
                    out.write("{\"type\":\"/problems/" + (status == 400 ? "invalid-input" : "http-" + status)
                            + "\",\"title\":\"Bad request\",\"status\":" + status
                            + ",\"detail\":\"The server refused the request before reading it: its address or form"
                            + " is not valid (for instance a NUL character in the path).\",\"field\":\"path\"}");
                }
            } catch (IOException | IllegalStateException e) {
                super.report(request, response, throwable);
            }
        }

        /** A TAXII 2.1 error message, the form every TAXII client reads. */
        private void writeTaxiiError(Response response, int status) {
            try {
                response.setContentType(TaxiiErrorMessages.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                Writer out = response.getReporter();
                if (out != null) {
                    out.write(TaxiiErrorMessages.body(
                            status,
                            "Bad request",
                            "The server refused the request before reading it: its address is not valid (for instance"
                                    + " a NUL character in the path)."));
                }
            } catch (IOException | IllegalStateException e) {
                super.report(response.getRequest(), response, null);
            }
        }
    }
}
