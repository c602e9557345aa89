package cn.sangang.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.problem.ProblemCatalogue;
import cn.sangang.platform.problem.ProblemMessages;

/**
 * What every deployable's words for its refusals must hold, checked the way a translator and a clerk would: each
 * message in Chinese and English with the same arguments, a message for every code the sources throw, and a name
 * for every field a request can carry (validation messages name the field as the screens do). A deployable's test
 * extends this in its root package, which is where the controllers are looked for.
 */
public abstract class ProblemCatalogueContract {

    @Test
    void every_message_is_said_in_chinese_and_english_with_the_same_arguments() {
        assertThat(ProblemCatalogue.service().mismatches()).isEmpty();
    }

    @Test
    void every_code_thrown_has_its_messages() {
        assertThat(ProblemCatalogue.codesThrownIn(Path.of("src/main/java"))).isNotEmpty();
        assertThat(ProblemCatalogue.service().uncatalogued(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void every_request_field_has_a_name_in_chinese_and_english() throws ClassNotFoundException {
        Set<String> fields = requestFields();
        assertThat(fields).isNotEmpty();
        for (Locale language : new Locale[]{ProblemMessages.CHINESE, ProblemMessages.ENGLISH}) {
            assertThat(fields.stream().filter(field -> !ProblemMessages.knows("field." + field, language)))
                    .as("request fields without a name in " + language).isEmpty();
        }
    }

    private Set<String> requestFields() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<String> fields = new TreeSet<>();
        for (BeanDefinition controller : scanner.findCandidateComponents(ClassUtils.getPackageName(getClass()))) {
            for (Method method : Class.forName(controller.getBeanClassName()).getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        collect(parameter.getParameterizedType(), fields);
                    }
                    PathVariable path = parameter.getAnnotation(PathVariable.class);
                    RequestParam query = parameter.getAnnotation(RequestParam.class);
                    if (path != null || query != null) {
                        String named = path != null ? path.name() : query.name();
                        fields.add(named.isEmpty() ? parameter.getName() : named);
                    }
                }
            }
        }
        return fields;
    }

    private static void collect(Type type, Set<String> fields) {
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, fields);
            }
        } else if (type instanceof Class<?> record && record.isRecord()) {
            for (RecordComponent component : record.getRecordComponents()) {
                if (fields.add(component.getName())) {
                    collect(component.getGenericType(), fields);
                }
            }
        }
    }
}
