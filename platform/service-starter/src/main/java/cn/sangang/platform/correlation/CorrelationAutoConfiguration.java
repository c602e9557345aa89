package cn.sangang.platform.correlation;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Gives every request a correlation id before anything else runs, so even a refused request carries one. */
@AutoConfiguration
public class CorrelationAutoConfiguration {

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
                new CorrelationIdFilter());
        // Ahead of Spring Security (order -100), whose 401 and 403 answers end the chain.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
