package io.github.livecallback.endtoend.credentials;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RoleCredentialsTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class RoleCredentialsIT extends RoleCredentialsTest {
}
