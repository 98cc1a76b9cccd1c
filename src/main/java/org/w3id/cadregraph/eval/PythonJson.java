package org.w3id.cadregraph.eval;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Writes Jena JSON values as Python's {@code json.dumps(..., ensure_ascii=False)} does, on one line or with
 * {@code indent}, so that the per-document lines and the JSON file can be compared with score.py's byte
 * for byte. Numbers: a decimal with a scale above 0 is a float ({@code 1.0}, {@code 0.9811}), others are
 * integers.
 */
final class PythonJson {
    private PythonJson() {}

    /** One line, with Python's ", " and ": " separators. */
    static String dumps(JsonValue v) {
        StringBuilder b = new StringBuilder();
        write(b, v, -1, 0);
        return b.toString();
    }

    /** Python's {@code json.dump(v, f, indent=indent)}; no newline at the end. */
    static String dumps(JsonValue v, int indent) {
        StringBuilder b = new StringBuilder();
        write(b, v, indent, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, JsonValue v, int indent, int level) {
        if (v.isObject()) {
            Iterator<Map.Entry<String, JsonValue>> it = v.getAsObject().entrySet().iterator();
            container(b, '{', '}', it, indent, level, (e, lvl) -> {
                string(b, e.getKey());
                b.append(": ");
                write(b, e.getValue(), indent, lvl);
            });
        } else if (v.isArray()) {
            container(b, '[', ']', v.getAsArray().iterator(), indent, level, (x, lvl) -> write(b, x, indent, lvl));
        } else if (v.isString()) {
            string(b, v.getAsString().value());
        } else if (v.isNumber()) {
            b.append(number(v.getAsNumber().value()));
        } else if (v.isBoolean()) {
            b.append(v.getAsBoolean().value() ? "true" : "false");
        } else {
            b.append("null");
        }
    }

    private interface ItemWriter<T> {
        void write(T item, int level);
    }

    private static <T> void container(StringBuilder b, char open, char close, Iterator<T> items, int indent,
                                      int level, ItemWriter<T> item) {
        b.append(open);
        if (!items.hasNext()) {
            b.append(close);
            return;
        }
        boolean first = true;
        while (items.hasNext()) {
            b.append(first ? "" : ",");
            if (indent >= 0) {
                b.append('\n').append(" ".repeat(indent * (level + 1)));
            } else if (!first) {
                b.append(' ');
            }
            item.write(items.next(), level + 1);
            first = false;
        }
        if (indent >= 0) {
            b.append('\n').append(" ".repeat(indent * level));
        }
        b.append(close);
    }

    private static String number(Number n) {
        if (n instanceof BigDecimal d && d.scale() > 0) {
            String s = d.stripTrailingZeros().toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        if (n instanceof Double || n instanceof Float) {
            String s = BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        return n instanceof BigDecimal d ? d.toPlainString() : n.toString();
    }

    /** A JSON string as Python writes it with ensure_ascii=False: only quotes, backslashes and controls escaped. */
    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
