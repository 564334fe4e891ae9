package io.github.livecallback.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * The rule of {@code CallbackDetailList[].URL}: 1 to 100 characters (the official SDK's model), scheme http or https,
 * a host, and no whitespace, control or invisible formatting character. Anything else a real URL may hold is
 * accepted: hosts with {@code _} or in any script, and {@code {}, {@code |} or raw UTF-8 in path and query. It is
 * deliberately not {@link java.net.URI}, which refuses such URLs although the API and receivers accept them.
 */
final class CallbackUrl {

    static final int MAX_LENGTH = 100;

    private CallbackUrl() {
    }

    /** Why this URL breaks the format rule, if it does; the length rule is checked apart. */
    static Optional<String> formatProblem(String url) {
        if (url.codePoints().anyMatch(CallbackUrl::isInvisible)) {
            return Optional.of("it contains whitespace, a control character or an invisible formatting character");
        }
        int schemeEnd = url.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("it must start with http:// or https://");
        }
        String rest = url.substring(schemeEnd + 3);
        String authority = rest.split("[/?#]", 2)[0];
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostAndPort.startsWith("[") ? hostAndPort : hostAndPort.replaceFirst(":[^:]*$", "");
        if (host.isEmpty()) {
            return Optional.of("it has no host");
        }
        return Optional.empty();
    }

    static boolean tooLong(String url) {
        return url.codePointCount(0, url.length()) > MAX_LENGTH;
    }

    /** Whitespace of any script, ISO control characters, and format characters (zero-width, bidi overrides). */
    static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
