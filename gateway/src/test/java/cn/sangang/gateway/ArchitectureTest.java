package cn.sangang.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.sangang.testkit.ServiceArchitecture;

/** The gateway keeps the boundaries of every deployable; the rules of a service behind it do not apply. */
@AnalyzeClasses(packages = "cn.sangang.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule gateway_keeps_the_boundaries_and_shares_no_service_code = ServiceArchitecture
            .boundaries("cn.sangang.gateway");
}
