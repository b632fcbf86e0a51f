package io.github.gongwen.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain Java values: objects become {@link Map}s (in document order),
 * arrays {@link List}s, numbers {@link Long} or {@link Double}, and strings, booleans and
 * {@code null} themselves. Enough for the small files Gongwen reads back (baselines, caches).
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /** Parses one JSON value from {@code in}. */
    public static Object read(Reader in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("empty JSON document");
            }
            return value(p, t);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(value(p, e));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + t + " at " + p.currentLocation());
        }
    }

    /** The object {@code value} as a map; throws with {@code what} in the message when it is not one. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value, String what) throws IOException {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IOException(what + ": expected a JSON object");
    }

    /** The array {@code value} as a list; throws with {@code what} in the message when it is not one. */
    public static List<?> array(Object value, String what) throws IOException {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IOException(what + ": expected a JSON array");
    }

    /** A string member ({@code null} when absent); throws when present with another type. */
    public static String string(Map<String, Object> o, String key) throws IOException {
        Object v = o.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new IOException("'" + key + "': expected a string");
    }

    /** An integer member; throws when absent or not an integer. */
    public static int integer(Map<String, Object> o, String key) throws IOException {
        if (o.get(key) instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw new IOException("'" + key + "': expected an integer");
    }
}
