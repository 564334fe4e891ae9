package io.github.livecallback.nativeimage;

import com.oracle.svm.core.annotate.TargetClass;

/** The JDK's container metrics interface, named so that {@link Target_jdk_internal_platform_CgroupMetrics} can return it. */
@TargetClass(className = "jdk.internal.platform.Metrics")
final class Target_jdk_internal_platform_Metrics {

    private Target_jdk_internal_platform_Metrics() {
    }
}
