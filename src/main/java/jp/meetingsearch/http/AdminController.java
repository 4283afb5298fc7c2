package jp.meetingsearch.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jp.meetingsearch.admin.AdminActions;
import jp.meetingsearch.admin.AdminToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/admin/<action>}: the only routes that change anything. Without {@code ADMIN_TOKEN} they are
 * not registered at all (404, like any unknown path); with it, a request without the right bearer token gets 401.
 */
final class AdminController {
    private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);

    private AdminController() {
    }

    static void register(JavalinConfig config, AdminToken token, AdminActions admin) {
        if (!token.enabled()) {
            return;
        }
        admin.actions().forEach((name, action) -> config.routes.post("/api/admin/" + name, ctx -> {
            authorize(ctx, token);
            LOG.info("Admin action {} requested from {}", name, ctx.ip());
            try {
                ctx.json(action.run());
            } catch (AdminActions.Refused e) {
                throw new ApiException(422, "refused", e.getMessage());
            } catch (AdminActions.Unavailable e) {
                throw new ApiException(503, "unavailable", e.getMessage());
            }
        }));
    }

    private static void authorize(Context ctx, AdminToken token) {
        if (!token.accepts(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"meeting-search admin\"");
            throw new ApiException(401, "unauthorized",
                    "this operation needs the header 'Authorization: Bearer <ADMIN_TOKEN>'");
        }
    }
}
