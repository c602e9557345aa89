package cn.sangang.platform.problem;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Errors that never reach a controller are problem+json too: the application's error page, and Tomcat's report of
 * a request it refused before mapping it.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@Import(ProblemErrorController.class)
public class ProblemAutoConfiguration {

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
