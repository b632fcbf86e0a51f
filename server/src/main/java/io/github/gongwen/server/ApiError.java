package io.github.gongwen.server;

/**
 * A request the server answers with an error: the HTTP status, a stable code for programs and a
 * Chinese message for people ({@code {"code": "…", "message": "…"}}).
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    /** Seconds for a {@code Retry-After} header, or 0 for none. */
    private final int retryAfter;

    ApiError(int status, String code, String message) {
        this(status, code, message, 0);
    }

    ApiError(int status, String code, String message, int retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    int retryAfter() {
        return retryAfter;
    }
}
