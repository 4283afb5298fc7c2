package jp.meetingsearch.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 GET on a plain socket that keeps every byte the server sent, also when the connection breaks, and
 * says whether a chunked body ended properly (its last, empty chunk arrived): what an answer cut off in the middle
 * looks like to any client, without a client library's own handling in between.
 */
public final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** The body as received: de-chunked, and whether the terminating chunk came. */
    public record Body(byte[] bytes, boolean complete) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Sends the request and reads the status line and headers. */
    public RawHttp(int port, String path) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        in = new BufferedInputStream(socket.getInputStream());
        String statusLine = line();
        status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
    }

    public int status() {
        return status;
    }

    /** A header by name (any case), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Reads the body to the end of the connection (or its break). */
    public Body body() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!"chunked".equalsIgnoreCase(header("Transfer-Encoding"))) {
            try {
                in.transferTo(out);
            } catch (IOException broken) {
                return new Body(out.toByteArray(), false);
            }
            String length = header("Content-Length");
            return new Body(out.toByteArray(), length == null || Integer.parseInt(length) == out.size());
        }
        try {
            while (true) {
                String size = line();
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    return new Body(out.toByteArray(), true);
                }
                for (int i = 0; i < n; i++) {
                    int b = in.read();
                    if (b < 0) {
                        return new Body(out.toByteArray(), false);
                    }
                    out.write(b);
                }
                line();
            }
        } catch (IOException | RuntimeException broken) {
            // the connection ended inside the body: what came is kept, the body is incomplete
            return new Body(out.toByteArray(), false);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        if (c < 0 && b.size() == 0) {
            throw new IOException("the connection ended");
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
