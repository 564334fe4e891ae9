package io.github.livecallback.client;

import io.github.livecallback.signing.Credentials;

/** Where the signing filter takes the credentials of the request at hand from. */
@FunctionalInterface
public interface CredentialsSource {

    /** @throws FunctionMisconfigured when no credentials are available */
    Credentials current();
}
