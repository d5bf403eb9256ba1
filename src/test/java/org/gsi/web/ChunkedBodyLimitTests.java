package org.gsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gsi.Api;
import org.gsi.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The body limits hold against the bytes actually read: a body sent in chunks, with no Content-Length to refuse it
 * by, is refused with 413 problem+json once it passes the limit. Sent over a raw socket, as a client would.
 */
@PlatformTest
class ChunkedBodyLimitTests {

    @LocalServerPort
    int port;

    @Test
    void aChunkedJsonBodyOverOneMegabyteGets413() throws Exception {
        String token = new Api(port).token("brazil");
        String answer = send("/api/v1/parties/BRA/contacts", "application/json", token, JSON, 1_500_000);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/problem+json").contains("\"status\":413");
    }

    @Test
    void aChunkedJsonBodyUnderTheLimitIsReadAsUsual() throws Exception {
        String token = new Api(port).token("brazil");
        String answer = send("/api/v1/parties/BRA/contacts", "application/json", token, JSON, 200_000);
        assertThat(answer).doesNotStartWith("HTTP/1.1 413").doesNotStartWith("HTTP/1.1 5");
    }

    @Test
    void aChunkedImportOverItsFiftyMegabytesGets413() throws Exception {
        String token = new Api(port).token("china");
        String answer = send("/api/v1/imports/iati", "application/xml", token, XML, 51L * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/problem+json");
    }

    static final String JSON = "{\"office\":\"";
    static final String XML = "<?xml version=\"1.0\"?><iati-activities version=\"2.03\"><!-- ";

    /** Posts {@code size} bytes, {@code head} and then filler, in 64 KB chunks; returns the raw answer. */
    private String send(String path, String type, String token, String head, long size) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                                    + "\r\nContent-Type: " + type
                                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    Arrays.fill(chunk, (byte) 'x');
                    byte[] start = head.getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(start, 0, chunk, 0, start.length);
                    for (long sent = 0; sent < size; sent += chunk.length) {
                        int n = (int) Math.min(chunk.length, size - sent);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        Arrays.fill(chunk, 0, start.length, (byte) 'x');
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException e) {
                    // the server may close the connection once it has answered: the answer is what counts
                }
            });
            writer.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException e) {
                // reset after the answer was read
            }
            writer.join(60_000);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
