package cn.sangang.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import cn.sangang.testkit.ServiceArchitecture;

class ServiceArchitectureTest {

    private static final String HERE = "cn.sangang.testkit.architecture";

    private static EvaluationResult check(ArchRule rule, Class<?>... classes) {
        return rule.evaluate(new ClassFileImporter().importClasses(classes));
    }

    @Test
    void a_controller_may_read_through_a_repository() {
        assertThat(check(ServiceArchitecture.controllersNeverWrite(HERE), Fixtures.ReadingController.class,
                Fixtures.NoteRepository.class).hasViolation()).isFalse();
    }

    @Test
    void a_controller_that_saves_through_a_repository_breaks_the_rule() {
        EvaluationResult result = check(ServiceArchitecture.controllersNeverWrite(HERE),
                Fixtures.SavingController.class, Fixtures.NoteRepository.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString().contains("SavingController.put",
                "NoteRepository.save");
    }

    @Test
    void a_controller_that_hands_out_a_mongo_remove_breaks_the_rule() {
        EvaluationResult result = check(ServiceArchitecture.controllersNeverWrite(HERE),
                Fixtures.RemovingByReferenceController.class);

        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("MongoOperations.remove");
    }

    @Test
    void a_document_that_refuses_a_change_breaks_the_rule_and_a_plain_one_keeps_it() {
        assertThat(check(ServiceArchitecture.documentsHoldNoRules(HERE), Fixtures.NoteDocument.class).hasViolation())
                .isFalse();
        assertThat(check(ServiceArchitecture.documentsHoldNoRules(HERE), Fixtures.RefusingNoteDocument.class)
                .getFailureReport().getDetails()).isNotEmpty().allMatch(d -> d.contains("RefusingNoteDocument"));
    }

    @Test
    void a_service_named_after_its_feature_keeps_the_rule_and_a_helper_annotated_service_breaks_it() {
        assertThat(check(ServiceArchitecture.applicationServicesAreNamedService(HERE), Fixtures.NoteService.class)
                .hasViolation()).isFalse();
        assertThat(check(ServiceArchitecture.applicationServicesAreNamedService(HERE), Fixtures.NoteHelper.class)
                .getFailureReport().getDetails()).singleElement().asString().contains("NoteHelper");
    }

    @Test
    void the_rules_of_a_service_are_its_boundaries_and_the_rules_of_its_controllers_documents_and_services() {
        assertThat(ServiceArchitecture.of(HERE).getDescription()).contains(
                ServiceArchitecture.boundaries(HERE).getDescription(),
                ServiceArchitecture.controllersNeverWrite(HERE).getDescription(),
                ServiceArchitecture.documentsHoldNoRules(HERE).getDescription(),
                ServiceArchitecture.applicationServicesAreNamedService(HERE).getDescription());
    }
}
