package io.github.livecallback.nativeimage;

import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * The JDK's cgroup metrics, as the native executable sees them: no container support. Micrometer's and
 * OpenTelemetry's system and CPU meters can reach {@code OperatingSystemMXBean}, whose container metrics call two
 * JNI functions ({@code JVM_IsUseContainerSupport}, {@code JVM_IsContainerized}) that the native-image toolchain
 * assembled from the registries (docs/native.md) does not provide, so the executable would not link. The function
 * reads none of these meters (the system binder is off); the platform measures each instance's CPU and memory.
 * With GraalVM or Mandrel the substitution changes nothing this function uses.
 */
@TargetClass(className = "jdk.internal.platform.CgroupMetrics")
final class Target_jdk_internal_platform_CgroupMetrics {

    private Target_jdk_internal_platform_CgroupMetrics() {
    }

    @Substitute
    private static boolean isUseContainerSupport() {
        return false;
    }

    @Substitute
    private static boolean isContainerized0() {
        return false;
    }
}
