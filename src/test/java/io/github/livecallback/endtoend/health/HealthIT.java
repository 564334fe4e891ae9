package io.github.livecallback.endtoend.health;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link HealthTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class HealthIT extends HealthTest {
}
