package jp.meetingsearch.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (requests it refuses before they reach a route: an illegal path such as one with an
 * encoded NUL, a request line beyond the size limit) in the API's JSON error form instead of an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;

    JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String error = code == 404 ? "not_found" : code == 414 || code == 431 ? "request_too_large" : "bad_request";
        String text = "the request could not be served (HTTP " + code + ")"
                + (code == 414 || code == 431 ? ": the request line or headers are too long" : "");
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new ApiError(error, text));
        } catch (JsonProcessingException e) {
            body = ("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        HttpConventions.securityHeaders(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
