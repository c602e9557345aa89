package cn.sangang.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The boundaries every service keeps, as ArchUnit rules: domain rules stay plain Java, and a service shares
 * nothing with another but the event contracts and the platform starter.
 */
public final class ServiceArchitecture {

    /** The methods of Spring Data repositories and of {@code MongoOperations} that change what is stored. */
    private static final Pattern WRITE_METHODS = Pattern
            .compile("(save|insert|delete|update|remove|findAndModify|findAndReplace|findAndRemove).*|upsert|bulkOps");

    private static final List<String> STORES = List.of("org.springframework.data.repository.Repository",
            "org.springframework.data.mongodb.core.MongoOperations",
            "org.springframework.data.mongodb.core.ReactiveMongoOperations");
    private static final String DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";
    private static final String SERVICE = "org.springframework.stereotype.Service";

    private ServiceArchitecture() {
    }

    /**
     * Every rule a service behind the gateway keeps, as one: its {@link #boundaries}, controllers that never write,
     * documents that hold no rules and application services named after their feature.
     */
    public static ArchRule of(String servicePackage) {
        return CompositeArchRule.of(boundaries(servicePackage)).and(controllersNeverWrite(servicePackage))
                .and(documentsHoldNoRules(servicePackage)).and(applicationServicesAreNamedService(servicePackage));
    }

    /**
     * The boundaries every deployable keeps, the gateway too: plain domain rules and nothing shared with another
     * deployable but the event contracts and the platform.
     */
    public static ArchRule boundaries(String servicePackage) {
        return CompositeArchRule.of(domainIsFreeOfFrameworks(servicePackage))
                .and(domainDependsOnlyOnDomain(servicePackage)).and(sharesOnlyContractsAndPlatform(servicePackage));
    }

    /** Classes in a {@code ..domain..} package use no framework, store, broker or web types. */
    public static ArchRule domainIsFreeOfFrameworks(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "org.apache.kafka..",
                        "jakarta.servlet..", "jakarta.validation..", "tools.jackson..", "com.fasterxml..", "feign..",
                        "io.github.resilience4j..")
                .as("domain rules are plain Java that tests exercise without Spring");
    }

    /** Domain classes depend only on the JDK, other domain classes, event value types and the plain problem types. */
    public static ArchRule domainDependsOnlyOnDomain(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..domain..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", servicePackage + "..domain..", "cn.sangang.events..",
                        "cn.sangang.platform.problem..")
                .as("domain rules do not reach into the web, persistence or messaging layers");
    }

    /** A service imports no other service's code: only the event contracts and the platform are shared. */
    public static ArchRule sharesOnlyContractsAndPlatform(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..").should()
                .dependOnClassesThat(resideInAPackage("cn.sangang..").and(
                        not(resideInAnyPackage(servicePackage + "..", "cn.sangang.events..", "cn.sangang.platform.."))))
                .as("services share only the event contracts and the platform starter");
    }

    /**
     * Classes named {@code ...Controller} call no write method (save*, insert*, delete*, update*, remove*,
     * findAndModify*, findAndReplace*, findAndRemove*, upsert, bulkOps) of a Spring Data repository or of
     * MongoOperations, directly or by method reference. Every change goes through the feature's application service,
     * where the aggregate's rules, the audit entry and the events are written together with it.
     */
    public static ArchRule controllersNeverWrite(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..").and().haveSimpleNameEndingWith("Controller")
                .should(callNoStoreWrite())
                .as("controllers never write to the store: every change goes through the feature's application service");
    }

    /**
     * Classes annotated {@code @Document} refuse nothing: they use none of the problem types. A document is how an
     * aggregate is kept; a rule that refuses a change belongs to the domain aggregate, which tests check without a
     * store.
     */
    public static ArchRule documentsHoldNoRules(String servicePackage) {
        return noClasses().that().resideInAPackage(servicePackage + "..").and().areAnnotatedWith(DOCUMENT).should()
                .dependOnClassesThat().resideInAPackage("cn.sangang.platform.problem..")
                .as("persistence documents hold no rules: the rules that refuse a change live in the domain aggregate");
    }

    /**
     * Classes annotated {@code @Service} are named {@code ...Service}: a feature's application service is named
     * after its feature, and a helper is a component named by what it does.
     */
    public static ArchRule applicationServicesAreNamedService(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..").and().areAnnotatedWith(SERVICE).should()
                .haveSimpleNameEndingWith("Service")
                .as("a feature's application service is named <Feature>Service; helpers are components named by what they do");
    }

    private static ArchCondition<JavaClass> callNoStoreWrite() {
        return new ArchCondition<>("call no write method of a repository or MongoOperations") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                controller.getAccessesFromSelf().stream()
                        .filter(access -> access.getTarget() instanceof AccessTarget.MethodCallTarget
                                || access.getTarget() instanceof AccessTarget.MethodReferenceTarget)
                        .filter(access -> WRITE_METHODS.matcher(access.getTarget().getName()).matches())
                        .filter(access -> isStore(access.getTarget().getOwner()))
                        .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
            }
        };
    }

    private static boolean isStore(JavaClass owner) {
        return STORES.stream().anyMatch(store -> owner.getName().equals(store) || owner.isAssignableTo(store));
    }
}
