package io.github.livecallback.nativeimage;

import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * The JDK's cgroup metrics, as the native executable sees them: none. Micrometer's and OpenTelemetry's system and
 * CPU meters keep {@code OperatingSystemMXBean} reachable, whose container metrics come from
 * {@code jdk.internal.platform.CgroupMetrics}; its native methods call two JVM functions
 * ({@code JVM_IsUseContainerSupport}, {@code JVM_IsContainerized}) that the native-image toolchain assembled from the
 * registries (docs/native.md) does not provide, so the executable would not link. Without an instance, the JDK reads
 * the host's figures instead, and the native methods are never linked. The function reads none of these meters
 * (the system binder is off; the platform measures each instance's CPU and memory), and SubstrateVM's own container
 * support, which sizes the heap and the processor count, is not this class.
 */
@TargetClass(className = "jdk.internal.platform.CgroupMetrics")
final class Target_jdk_internal_platform_CgroupMetrics {

    private Target_jdk_internal_platform_CgroupMetrics() {
    }

    @Substitute
    public static Target_jdk_internal_platform_Metrics getInstance() {
        return null;
    }
}
