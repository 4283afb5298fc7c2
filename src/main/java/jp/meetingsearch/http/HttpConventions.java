package jp.meetingsearch.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every answer of the service carries whatever produced it (a route, a page, an error): the security
 * headers, {@code Vary: Accept-Encoding} (answers are compressed by size), one access-log line per request, and
 * a 405 with {@code Allow} for a known path asked with another method.
 */
final class HttpConventions {
    /** Logger of the access log: method, path, status and milliseconds; never a query string or a header. */
    static final Logger ACCESS = LoggerFactory.getLogger("jp.meetingsearch.access");
    /**
     * Policy of the pages (and of the JSON, where it costs nothing): scripts only from the service's own files,
     * no inline script, no framing. Inline styles stay allowed: the chart library positions its tooltips with them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String JSON_UTF8 = "application/json; charset=utf-8";
    /** Methods a route can have; HEAD and OPTIONS come with GET from Jetty and CORS. */
    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private HttpConventions() {
    }

    /** The headers every answer carries, Jetty's own error answers included. */
    static void securityHeaders(BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        // pages keep the whole search (query words included) in their URL: never send it on to another site
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        header.accept("Vary", "Accept-Encoding");
    }

    static void register(JavalinConfig config) {
        config.routes.before(ctx -> securityHeaders(ctx::header));
        // Javalin's json() declares bare application/json; some clients then guess the charset wrong
        config.routes.after(ctx -> {
            if ("application/json".equals(ctx.res().getContentType())) {
                ctx.contentType(JSON_UTF8);
            }
        });
        config.requestLogger.http((ctx, ms) -> ACCESS.info("{} {} {} {} ms", ctx.method(), ctx.path(),
                ctx.status().getCode(), Math.round(ms)));
    }

    /** The methods the router serves at the request's path, empty when the path is unknown. */
    static List<String> allowedMethods(JavalinConfig config, Context ctx) {
        List<String> allowed = new ArrayList<>();
        for (HandlerType method : METHODS) {
            if (!config.unsafe.internalRouter.findHttpHandlerEntries(method, ctx.path()).isEmpty()) {
                allowed.add(method.name());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add(1, "HEAD");
        }
        return allowed;
    }
}
