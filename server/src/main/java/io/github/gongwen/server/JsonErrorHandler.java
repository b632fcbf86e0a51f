package io.github.gongwen.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answers to what never reaches the routes (a malformed request, headers too large, a
 * request during shutdown): the same JSON errors as the API's, never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    static final String JSON_TYPE = "application/json; charset=utf-8";

    JsonErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        response.write(true, ByteBuffer.wrap(Errors.json(code).getBytes(StandardCharsets.UTF_8)), callback);
    }
}
