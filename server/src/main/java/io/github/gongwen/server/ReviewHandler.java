package io.github.gongwen.server;

import io.github.gongwen.RunResult;
import io.github.gongwen.engine.RuleInfo;
import io.github.gongwen.review.WordReview;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/v1/review}: a .docx in, the same document out with one Word comment per
 * finding and the safe fixes as tracked changes (core's {@link WordReview}, as {@code gongwen review}).
 */
final class ReviewHandler {
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CheckService service;
    private final RequestReader reader;
    private final RequestBodies bodies;

    ReviewHandler(CheckService service, RequestReader reader, RequestBodies bodies) {
        this.service = service;
        this.reader = reader;
        this.bodies = bodies;
    }

    void handle(Context ctx) throws IOException {
        bodies.checkDeclaredLength(ctx);
        if (!ctx.isMultipartFormData()) {
            throw ApiError.badRequest("not-multipart", "请以 multipart/form-data 上传名为“file”的 .docx 文件");
        }
        RequestBodies.Upload up = bodies.upload(ctx);
        if (up.name() == null || !up.name().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw ApiError.badRequest("not-docx", "审阅需要上传 .docx 文件（表单字段“file”）");
        }
        CheckRequest request = reader.upload(up.name(), up.bytes(), up.fields());
        RunResult result = service.check(request);
        Map<String, RuleInfo> rules = new HashMap<>();
        result.rules().forEach(r -> rules.put(r.id(), r));
        WordReview.Result review = WordReview.annotate(up.bytes(), request.source(), result.findings(), rules,
                Instant.now());
        String base = up.name().substring(0, up.name().length() - ".docx".length());
        ctx.header("Content-Disposition", "attachment; filename=\"review.docx\"; filename*=UTF-8''"
                + URLEncoder.encode(base + "-审阅.docx", StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("X-Gongwen-Comments", Integer.toString(review.comments()));
        ctx.header("X-Gongwen-Tracked-Changes", Integer.toString(review.trackedChanges()));
        ctx.contentType(DOCX_TYPE).result(review.docx());
    }
}
