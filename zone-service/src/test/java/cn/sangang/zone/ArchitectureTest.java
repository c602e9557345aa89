package cn.sangang.zone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.sangang.testkit.ServiceArchitecture;

@AnalyzeClasses(packages = "cn.sangang.zone", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_rules_are_free_of_frameworks = ServiceArchitecture
            .domainIsFreeOfFrameworks("cn.sangang.zone");

    @ArchTest
    static final ArchRule domain_rules_depend_only_on_domain = ServiceArchitecture
            .domainDependsOnlyOnDomain("cn.sangang.zone");

    @ArchTest
    static final ArchRule zone_service_shares_only_contracts_and_platform = ServiceArchitecture
            .sharesOnlyContractsAndPlatform("cn.sangang.zone");

    @ArchTest
    static final ArchRule controllers_never_write = ServiceArchitecture.controllersNeverWrite("cn.sangang.zone");
}
