package cn.sangang.testkit;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The state-changing endpoints a servlet service maps, for {@link AuditSweep}. */
public final class StateChangingEndpoints {

    private StateChangingEndpoints() {
    }

    /**
     * Every {@code "METHOD /pattern"} with a state-changing method, public pages and Spring's own mappings included:
     * an endpoint is left out of the audit sweep only by an exemption that says why.
     */
    public static Set<String> of(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet()
                .forEach(info -> AuditSweep
                        .stateChanging(info.getMethodsCondition().getMethods(), info.getPatternValues())
                        .forEach(endpoints::add));
        return endpoints;
    }
}
