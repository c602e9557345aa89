package cn.sangang.platform.problem;

import java.util.List;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Errors that never reach a controller are problem+json too: the application's error page, and Tomcat's report of
 * a request it refused before mapping it. Requests are read in Chinese unless Accept-Language prefers English.
 */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class})
@Import(ProblemErrorController.class)
public class ProblemAutoConfiguration {

    /** Chinese when the caller names no language or one the product does not speak; validation messages follow it. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(ProblemMessages.CHINESE, ProblemMessages.ENGLISH));
        resolver.setDefaultLocale(ProblemMessages.CHINESE);
        return resolver;
    }

    @Bean
    ProblemReports problemReports() {
        return new ProblemReports();
    }

    /** Puts {@link ProblemErrorReportValve} where Tomcat would report with HTML. */
    static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    // Spring Boot adds a plain ErrorReportValve, which writes HTML; a host reports through one valve.
                    for (var valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            // After Spring Boot's own Tomcat customizer, whose valve this one replaces.
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
