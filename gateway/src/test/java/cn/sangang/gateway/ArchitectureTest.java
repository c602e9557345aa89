package cn.sangang.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.sangang.testkit.ServiceArchitecture;

@AnalyzeClasses(packages = "cn.sangang.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_rules_are_free_of_frameworks = ServiceArchitecture
            .domainIsFreeOfFrameworks("cn.sangang.gateway");

    @ArchTest
    static final ArchRule domain_rules_depend_only_on_domain = ServiceArchitecture
            .domainDependsOnlyOnDomain("cn.sangang.gateway");

    @ArchTest
    static final ArchRule gateway_shares_no_service_code = ServiceArchitecture
            .sharesOnlyContractsAndPlatform("cn.sangang.gateway");
}
