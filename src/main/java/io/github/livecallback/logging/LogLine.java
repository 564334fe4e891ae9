package io.github.livecallback.logging;

/**
 * A log line of {@code name=value} fields that log search can split, and that no value can forge: a value that is
 * not a plain token is quoted, with quotes, backslashes, control, formatting and line-separating characters
 * escaped; every value is cut at {@link #MAX_VALUE_LENGTH} characters, so that a 256 KB Vhost does not become a
 * 256 KB log line.
 */
public final class LogLine {

    public static final int MAX_VALUE_LENGTH = 200;
    private static final String ABSENT = "-";

    private final StringBuilder text = new StringBuilder();

    public LogLine field(String name, Object value) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(name).append('=').append(value == null ? ABSENT : escape(value.toString()));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String escape(String value) {
        String cut = cut(value);
        if (!cut.isEmpty() && cut.chars().allMatch(LogLine::isPlain)) {
            return cut;
        }
        StringBuilder quoted = new StringBuilder(cut.length() + 2).append('"');
        cut.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || (c >= 0x80 && c <= 0x9f)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    private static String cut(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = value.offsetByCodePoints(0, MAX_VALUE_LENGTH);
        return value.substring(0, end) + "...(+" + value.codePointCount(end, value.length()) + ")";
    }

    private static boolean isPlain(int c) {
        return c > 0x20 && c < 0x7f && c != '"' && c != '=' && c != '\\';
    }
}
