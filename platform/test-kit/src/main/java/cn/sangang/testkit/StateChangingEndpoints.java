package cn.sangang.testkit;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The state-changing endpoints a servlet service maps, for {@link AuditSweep}. */
public final class StateChangingEndpoints {

    /** Methods that change state; a mapping that names no method accepts them all and is keyed {@code "* /path"}. */
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private StateChangingEndpoints() {
    }

    /**
     * Every {@code "METHOD /pattern"} with a state-changing method, public pages and Spring's own mappings included:
     * an endpoint is left out of the audit sweep only by an exemption that says why.
     */
    public static Set<String> of(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(
                info -> of(info.getMethodsCondition().getMethods(), info.getPatternValues()).forEach(endpoints::add));
        return endpoints;
    }

    /** The keys of one request mapping's state-changing endpoints, servlet or reactive alike. */
    public static Stream<String> of(Set<RequestMethod> methods, Collection<String> patterns) {
        Stream<String> names = methods.isEmpty()
                ? Stream.of("*")
                : methods.stream().map(RequestMethod::name).filter(STATE_CHANGING::contains);
        return names.flatMap(method -> patterns.stream().map(pattern -> method + " " + pattern));
    }
}
