package jp.meetingsearch.http;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Ending a streamed answer that cannot be completed. */
final class Streams {
    private Streams() {
    }

    /**
     * Cuts the response off: the connection closes without the chunked body's last chunk, which every HTTP client
     * reports as an incomplete transfer (curl exit 18, an IOException in Java, a failed download in a browser).
     * Writing an error into a started 200 body would instead pass for its last bytes.
     */
    static void abort(Context ctx, Throwable cause) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) {
            // shutting the output down (an orderly FIN, not a reset that would make the client drop what it has
            // not read yet) keeps the last chunk from being written when the handler returns; what was flushed
            // before still reaches the client, and Jetty closes the connection when it finds it shut
            request.getConnectionMetaData().getConnection().getEndPoint().shutdownOutput();
        } else {
            throw new IllegalStateException("cannot abort a response outside Jetty", cause);
        }
    }
}
