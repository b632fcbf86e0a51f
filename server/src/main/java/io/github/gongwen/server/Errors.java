package io.github.gongwen.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The JSON body of every error answer, {@code {"code": "…", "message": "…"}}, and defaults by status. */
final class Errors {
    private static final JsonFactory JSON = new JsonFactory();

    private Errors() {
    }

    /** The body for an error. */
    static String json(String code, String message) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("code", code);
            g.writeStringField("message", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The body for a status the server's own code did not explain (the HTTP layer's errors). */
    static String json(int status) {
        return json(code(status), message(status));
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 408 -> "request-timeout";
            case 413 -> "too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-type";
            case 431 -> "headers-too-large";
            case 500 -> "internal";
            case 501 -> "not-implemented";
            case 503 -> "unavailable";
            default -> "http-" + status;
        };
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "请求格式有误";
            case 404 -> "没有这个地址（接口见 /openapi.json）";
            case 405 -> "这个地址不支持该请求方法（接口见 /openapi.json）";
            case 408 -> "请求发送超时";
            case 413 -> "请求体过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 431 -> "请求头过大";
            case 500 -> "服务器内部错误";
            case 501 -> "该功能尚未实现";
            case 503 -> "服务暂时不可用（可能正在关闭），请稍后重试";
            default -> "请求失败（HTTP " + status + "）";
        };
    }
}
