package cn.sangang.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Service;

import cn.sangang.testkit.ServiceArchitecture;

@AnalyzeClasses(packages = "cn.sangang.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_rules_are_free_of_frameworks = ServiceArchitecture
            .domainIsFreeOfFrameworks("cn.sangang.evaluation");

    @ArchTest
    static final ArchRule domain_rules_depend_only_on_domain = ServiceArchitecture
            .domainDependsOnlyOnDomain("cn.sangang.evaluation");

    @ArchTest
    static final ArchRule evaluation_service_shares_only_contracts_and_platform = ServiceArchitecture
            .sharesOnlyContractsAndPlatform("cn.sangang.evaluation");

    @ArchTest
    static final ArchRule controllers_never_write = ServiceArchitecture.controllersNeverWrite("cn.sangang.evaluation");

    @ArchTest
    static final ArchRule application_services_are_named_after_their_feature = classes().that()
            .areAnnotatedWith(Service.class).should().haveSimpleNameEndingWith("Service")
            .as("a feature's application service is named <Feature>Service; helpers are components named by what they do");
}
