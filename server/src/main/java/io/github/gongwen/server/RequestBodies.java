package io.github.gongwen.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads request bodies within the server's size limit: a plain body or a multipart form with
 * its file, each refused with 413 ({@code too-large}) past {@link ServerConfig#maxBodyBytes()},
 * also when no length was declared or the form parser stops at Jetty's own limit.
 */
final class RequestBodies {
    /** An uploaded file with the form's other fields; {@code name} and {@code bytes} are {@code null} when the form has no file. */
    record Upload(String name, byte[] bytes, Map<String, String> fields) {
    }

    private final long maxBytes;

    RequestBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Refuses a request whose declared length is already past the limit. */
    void checkDeclaredLength(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
    }

    /** The request body. */
    byte[] body(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            return read(in);
        }
    }

    /** At most the limit's bytes of {@code in}; 413 when there are more. */
    byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        return bytes;
    }

    /** The form's file {@code file} and its fields of {@link RequestReader#FIELDS}. */
    Upload upload(Context ctx) {
        UploadedFile file;
        Map<String, String> fields = new HashMap<>();
        try {
            file = ctx.uploadedFile("file");
            for (String f : RequestReader.FIELDS) {
                String v = ctx.formParam(f);
                if (v != null) {
                    fields.put(f, v);
                }
            }
        } catch (Exception e) { // the servlet API's multipart parsing throws checked exceptions too
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("exceeds max")) {
                    throw tooLarge();
                }
            }
            throw ApiError.badRequest("bad-multipart", "无法解析上传的表单（multipart/form-data）");
        }
        if (file == null) {
            return new Upload(null, null, fields);
        }
        try (InputStream in = file.content()) {
            return new Upload(file.filename(), read(in), fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 413 with the limit in megabytes when it is a whole number of them, else in bytes. */
    ApiError tooLarge() {
        long mb = maxBytes / (1024 * 1024);
        String limit = mb > 0 && maxBytes % (1024 * 1024) == 0 ? mb + " MB" : maxBytes + " 字节";
        return new ApiError(413, "too-large", "请求体过大：上限为 " + limit);
    }
}
