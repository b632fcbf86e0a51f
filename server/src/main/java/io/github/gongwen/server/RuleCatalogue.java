package io.github.gongwen.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongwen.Gongwen;
import io.github.gongwen.engine.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The answer of {@code GET /api/v1/rules}: every rule, whether the configuration turns it on, and
 * its severity there. Written once and again after each reload ({@link #refresh}).
 */
final class RuleCatalogue {
    private final CheckService service;
    private final ObjectMapper json;
    private volatile byte[] bytes;

    RuleCatalogue(CheckService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
        refresh();
    }

    /** The catalogue's JSON as of the last refresh. */
    byte[] bytes() {
        return bytes;
    }

    /** Writes the catalogue of the service's current rules. */
    void refresh() {
        ObjectNode root = json.createObjectNode();
        root.putObject("tool").put("name", Gongwen.NAME).put("version", Gongwen.version());
        ArrayNode rules = root.putArray("rules");
        Set<String> categories = new LinkedHashSet<>();
        for (RuleInfo r : service.allRules()) {
            RuleInfo on = service.configured(r.id());
            rules.addObject().put("id", r.id()).put("category", r.category())
                    .put("severity", (on != null ? on : r).severity().id()).put("enabled", on != null)
                    .put("title", r.title()).put("description", r.description());
            categories.add(r.category());
        }
        ArrayNode cats = root.putArray("categories");
        categories.stream().sorted().forEach(cats::add);
        try {
            bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
