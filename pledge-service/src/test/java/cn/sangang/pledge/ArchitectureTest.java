package cn.sangang.pledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.sangang.testkit.ServiceArchitecture;

@AnalyzeClasses(packages = "cn.sangang.pledge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_rules_are_free_of_frameworks = ServiceArchitecture
            .domainIsFreeOfFrameworks("cn.sangang.pledge");

    @ArchTest
    static final ArchRule domain_rules_depend_only_on_domain = ServiceArchitecture
            .domainDependsOnlyOnDomain("cn.sangang.pledge");

    @ArchTest
    static final ArchRule pledge_service_shares_only_contracts_and_platform = ServiceArchitecture
            .sharesOnlyContractsAndPlatform("cn.sangang.pledge");

    @ArchTest
    static final ArchRule controllers_never_write = ServiceArchitecture.controllersNeverWrite("cn.sangang.pledge");

    @ArchTest
    static final ArchRule documents_hold_no_rules = ServiceArchitecture.documentsHoldNoRules("cn.sangang.pledge");

    @ArchTest
    static final ArchRule printing_knows_nothing_of_storage_or_the_web = noClasses().that()
            .resideInAPackage("cn.sangang.pledge.print..").should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "cn.sangang.pledge.pledge..", "cn.sangang.pledge.campaign..");
}
