package io.github.livecallback.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A script that runs atomically inside Redis. It is sent by its SHA-1 digest (EVALSHA), and in full only when the
 * server does not know it yet, e.g. after a restart, which also makes the server cache it again.
 */
record LuaScript(String name, String source, String sha1) {

    static LuaScript of(String name, String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return new LuaScript(name, source, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /**
     * Lua's numbers are doubles, and Redis turns them into strings with too few digits for a time in microseconds.
     * Scripts format such numbers with this function instead ({@code %.0f} is exact below 2^53, about 285 years of
     * microseconds since 1970).
     */
    static final String INTEGER_TO_STRING = "local function int(n) return string.format('%.0f', n) end\n";

    /** The server's clock, which every instance agrees on, in microseconds. */
    static final String SERVER_MICROS =
            "local function server_micros() local t = redis.call('TIME') return t[1] * 1000000 + t[2] end\n";
}
