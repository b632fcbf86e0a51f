package io.github.gongwen.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongwen.config.Suggestion;
import io.github.gongwen.text.DocxLoader;
import io.github.gongwen.text.InputException;
import io.github.gongwen.text.SourceText;
import io.github.gongwen.text.TextLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the body of a check request into a {@link CheckRequest}: a JSON object
 * {@code {text, fileName?, reportYear?, disabled?, enabled?}}, or an uploaded file (.txt, .md,
 * .docx) decoded by core's loaders with the same fields as form fields. Every problem is an
 * {@link ApiError} with a Chinese message.
 */
final class RequestReader {
    static final String DEFAULT_NAME = "report.txt";
    static final List<String> FIELDS = List.of("text", "fileName", "reportYear", "disabled", "enabled");
    private static final int MAX_NAME = 255;

    private final ObjectMapper json;

    RequestReader(ObjectMapper json) {
        this.json = json;
    }

    /** A JSON request body. */
    CheckRequest json(byte[] body) {
        if (isBlank(body)) {
            throw ApiError.badRequest("empty-body", "请求体为空：请发送 JSON 对象 {\"text\": \"报告全文\"}，或以 multipart/form-data 上传文件");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）";
            throw ApiError.badRequest("bad-json", "请求体不是有效的 JSON" + where);
        } catch (IOException e) {
            throw ApiError.badRequest("bad-json", "请求体不是有效的 JSON");
        }
        if (root == null || !root.isObject()) {
            throw ApiError.badRequest("bad-json", "请求体必须是 JSON 对象，例如 {\"text\": \"报告全文\"}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                String hint = Suggestion.closest(name, FIELDS);
                throw ApiError.badRequest("unknown-field", "未知字段“" + name + "”" + (hint.isEmpty() ? "" : "，是否要写“" + hint + "”？")
                        + "（可用字段：" + String.join("、", FIELDS) + "）");
            }
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw ApiError.badRequest("missing-text", "缺少字段“text”：请给出要检查的报告全文");
        }
        if (!text.isTextual()) {
            throw ApiError.badRequest("bad-field", "字段“text”必须是字符串");
        }
        if (text.asText().isEmpty()) {
            throw ApiError.badRequest("empty-text", "字段“text”为空：没有可检查的文字");
        }
        String name = fileName(optionalString(root, "fileName"));
        Integer year = root.hasNonNull("reportYear") ? year(root.get("reportYear")) : null;
        return new CheckRequest(SourceText.of(name, text.asText()), year, names(root, "disabled"), names(root, "enabled"));
    }

    /**
     * An uploaded file. {@code fields} are the other form fields: {@code fileName} (the name
     * findings carry; default the upload's name), {@code reportYear}, {@code disabled} and
     * {@code enabled} (comma-separated).
     */
    CheckRequest upload(String uploadName, byte[] bytes, Map<String, String> fields) {
        String given = fields.get("fileName");
        String name = fileName(given != null && !given.isBlank() ? given : uploadName);
        String type = uploadName == null || uploadName.isBlank() ? name : uploadName;
        if (bytes.length == 0) {
            throw ApiError.badRequest("empty-body", "上传的文件是空的");
        }
        SourceText source = decode(name, type.toLowerCase(Locale.ROOT), bytes);
        String y = fields.get("reportYear");
        Integer year = y == null || y.isBlank() ? null : year(y.strip());
        return new CheckRequest(source, year, split(fields.get("disabled")), split(fields.get("enabled")));
    }

    /** A form without a file: the report is the {@code text} field; the other fields as for an upload. */
    CheckRequest form(Map<String, String> fields) {
        String text = fields.get("text");
        if (text == null || text.isEmpty()) {
            throw ApiError.badRequest("empty-text", "字段“text”为空：没有可检查的文字");
        }
        String y = fields.get("reportYear");
        Integer year = y == null || y.isBlank() ? null : year(y.strip());
        return new CheckRequest(SourceText.of(fileName(fields.get("fileName")), text), year,
                split(fields.get("disabled")), split(fields.get("enabled")));
    }

    private static SourceText decode(String name, String type, byte[] bytes) {
        try {
            if (type.endsWith(".docx")) {
                return DocxLoader.read(name, bytes);
            }
            if (type.endsWith(".doc")) {
                throw new ApiError(415, "unsupported-type", "不支持旧版 Word 格式（.doc）：请在 Word 或 WPS 中另存为 .docx 后再上传");
            }
            if (type.endsWith(".txt") || type.endsWith(".md") || type.endsWith(".markdown") || type.endsWith(".text")) {
                return TextLoader.decode(name, bytes);
            }
        } catch (InputException e) {
            throw unreadable(e.reason());
        }
        throw new ApiError(415, "unsupported-type", "不支持的文件类型：请上传 .txt、.md 或 .docx 文件");
    }

    /** The loaders' reasons are English; the client gets a Chinese message (with the detail). */
    private static ApiError unreadable(String reason) {
        if (reason.startsWith("binary file")) {
            return new ApiError(415, "binary-file", "上传的文件不是文本，而是二进制内容（" + reason + "）");
        }
        if (reason.startsWith("undecodable")) {
            return new ApiError(422, "undecodable", "无法识别文件的文字编码（支持 UTF-8、UTF-16、GB18030/GBK）：" + reason);
        }
        if (reason.equals(DocxLoader.OLD_WORD)) {
            return new ApiError(415, "unsupported-type", "这是旧版 Word 格式（.doc）：请在 Word 或 WPS 中另存为 .docx 后再上传");
        }
        return new ApiError(422, "unreadable", "无法读取上传的文件：" + reason);
    }

    private static String fileName(String given) {
        if (given == null || given.isBlank()) {
            return DEFAULT_NAME;
        }
        String name = given.strip();
        if (name.length() > MAX_NAME || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw ApiError.badRequest("bad-field", "字段“fileName”不是可用的文件名（不超过 " + MAX_NAME + " 个字符，不含控制字符）");
        }
        return name;
    }

    private static String optionalString(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("bad-field", "字段“" + field + "”必须是字符串");
        }
        return v.asText();
    }

    private static Integer year(JsonNode v) {
        if (v.isIntegralNumber()) {
            return year(v.asLong());
        }
        if (v.isTextual()) {
            return year(v.asText().strip());
        }
        throw ApiError.badRequest("bad-field", "字段“reportYear”必须是年份（整数，如 2024）");
    }

    private static Integer year(String s) {
        try {
            return year(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("bad-field", "字段“reportYear”必须是年份（整数，如 2024），而不是“" + s + "”");
        }
    }

    private static Integer year(long y) {
        if (y < 1949 || y > 2100) {
            throw ApiError.badRequest("bad-field", "字段“reportYear”的 " + y + " 不是可能的报告年份（1949–2100）");
        }
        return (int) y;
    }

    /** A list of rule ids or categories: a JSON array of strings (a comma-separated string also works). */
    private static List<String> names(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isTextual()) {
            return split(v.asText());
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("bad-field", "字段“" + field + "”必须是规则编号或类别的数组，例如 [\"placeholder\", \"NUM_STYLE\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw ApiError.badRequest("bad-field", "字段“" + field + "”的元素必须是规则编号或类别（字符串）");
            }
            out.add(e.asText().strip());
        }
        return out;
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split("[,，\\s]+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
