package jp.meetingsearch.http;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * What a connection may cost the server: its request headers must arrive within {@link #HEADER_TIMEOUT} from their
 * first byte (Jetty's idle timeout alone restarts with every byte, so a client trickling one header line every few
 * seconds would hold a connection forever), a connection idle for {@link #IDLE_TIMEOUT} is closed, and a request
 * is served with the method it was sent with ({@code X-HTTP-Method-Override} turned a GET with the admin token into
 * a POST).
 */
final class ConnectionLimits {
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Headers that would change how Javalin routes a request. */
    private static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    private ConnectionLimits() {
    }

    /** Applies the timeouts to the connectors when the server starts (Javalin adds them just before). */
    static void apply(Server server) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (var c : server.getConnectors()) {
                    if (c instanceof AbstractConnector connector) {
                        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                        connector.addEventListener(new HeaderDeadline(connector.getScheduler()));
                    }
                }
            }
        });
    }

    /** Serves every request as it was sent: the method-override header is invisible to the routes. */
    static void ignoreMethodOverride(ServletContextHandler context) {
        context.addFilter(new FilterHolder((Filter) ConnectionLimits::withoutOverride), "/*",
                EnumSet.of(DispatcherType.REQUEST));
    }

    private static void withoutOverride(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getHeader(METHOD_OVERRIDE) == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(http) {
            @Override
            public String getHeader(String name) {
                return METHOD_OVERRIDE.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return METHOD_OVERRIDE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(n -> !METHOD_OVERRIDE.equalsIgnoreCase(n)).toList());
            }
        }, response);
    }

    /**
     * Checks each open HTTP connection once a second: one whose request has been in its headers for longer than
     * {@link #HEADER_TIMEOUT} is closed.
     */
    private static final class HeaderDeadline implements Connection.Listener {
        private final Scheduler scheduler;

        HeaderDeadline(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void onOpened(Connection connection) {
            if (connection instanceof HttpConnection http) {
                schedule(http);
            }
        }

        private void schedule(HttpConnection http) {
            scheduler.schedule(() -> check(http), 1, TimeUnit.SECONDS);
        }

        private void check(HttpConnection http) {
            if (!http.getEndPoint().isOpen()) {
                return;
            }
            var parser = http.getParser();
            // START: waiting for a request (the idle timeout's business); past the headers: being served
            boolean inHeaders = parser.inHeaderState() && !parser.isStart();
            if (inHeaders && System.nanoTime() - parser.getBeginNanoTime() > HEADER_TIMEOUT.toNanos()) {
                http.getEndPoint().close();
                return;
            }
            schedule(http);
        }
    }
}
