package io.github.livecallback.endtoend.credentials;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MissingCredentialsTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class MissingCredentialsIT extends MissingCredentialsTest {
}
