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
    static final ArchRule pledge_service_keeps_every_service_rule = ServiceArchitecture.of("cn.sangang.pledge");

    @ArchTest
    static final ArchRule printing_knows_nothing_of_storage_or_the_web = noClasses().that()
            .resideInAPackage("cn.sangang.pledge.print..").should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "cn.sangang.pledge.pledge..", "cn.sangang.pledge.campaign..");
}
