package cn.sangang.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

/**
 * The boundaries every service keeps, as ArchUnit rules: domain rules stay plain Java, and a service shares
 * nothing with another but the event contracts and the platform starter.
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    /** Classes in a {@code ..domain..} package use no framework, store, broker or web types. */
    public static ArchRule domainIsFreeOfFrameworks(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..",
                "org.apache.kafka..", "jakarta.servlet..", "jakarta.validation..", "tools.jackson..",
                "com.fasterxml..", "feign..", "io.github.resilience4j..")
            .as("domain rules are plain Java that tests exercise without Spring");
    }

    /** Domain classes depend only on the JDK, other domain classes, event value types and the plain problem types. */
    public static ArchRule domainDependsOnlyOnDomain(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", servicePackage + "..domain..",
                "cn.sangang.events..", "cn.sangang.platform.problem..")
            .as("domain rules do not reach into the web, persistence or messaging layers");
    }

    /** A service imports no other service's code: only the event contracts and the platform are shared. */
    public static ArchRule sharesOnlyContractsAndPlatform(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..")
            .should().dependOnClassesThat(resideInAPackage("cn.sangang..").and(not(resideInAnyPackage(
                servicePackage + "..", "cn.sangang.events..", "cn.sangang.platform.."))))
            .as("services share only the event contracts and the platform starter");
    }
}
