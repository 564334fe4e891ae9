package io.github.livecallback.signing;

import java.util.Optional;

/**
 * An access key pair, with the session token that comes with temporary (STS) credentials. {@link #toString()}
 * shows the access key id only, so that a credentials object in a log line or an exception leaks nothing.
 */
public record Credentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {

    public static Credentials of(String accessKeyId, String secretAccessKey) {
        return new Credentials(accessKeyId, secretAccessKey, Optional.empty());
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=****"
                + sessionToken.map(token -> ", sessionToken=****").orElse("") + "]";
    }
}
