package cn.sangang.post;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.sangang.testkit.ServiceArchitecture;

@AnalyzeClasses(packages = "cn.sangang.post", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_rules_are_free_of_frameworks = ServiceArchitecture
            .domainIsFreeOfFrameworks("cn.sangang.post");

    @ArchTest
    static final ArchRule domain_rules_depend_only_on_domain = ServiceArchitecture
            .domainDependsOnlyOnDomain("cn.sangang.post");

    @ArchTest
    static final ArchRule post_service_shares_only_contracts_and_platform = ServiceArchitecture
            .sharesOnlyContractsAndPlatform("cn.sangang.post");

    @ArchTest
    static final ArchRule controllers_never_write = ServiceArchitecture.controllersNeverWrite("cn.sangang.post");

    @ArchTest
    static final ArchRule documents_hold_no_rules = ServiceArchitecture.documentsHoldNoRules("cn.sangang.post");
}
