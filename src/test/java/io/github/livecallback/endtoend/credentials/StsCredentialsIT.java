package io.github.livecallback.endtoend.credentials;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link StsCredentialsTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class StsCredentialsIT extends StsCredentialsTest {
}
