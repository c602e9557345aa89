package cn.sangang.platform.input;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JacksonModule;

import cn.sangang.platform.problem.ProblemWriter;

/** What a service takes as input at all: bodies up to {@code sangang.http.max-body-size}, dates in four-digit years. */
@AutoConfiguration
public class InputAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(@Value("${sangang.http.max-body-size}") DataSize limit,
            ProblemWriter problems) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(limit, problems));
        // Right after the correlation id and ahead of Spring Security, so no oversized body is even authenticated.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    JacksonModule calendarDates() {
        return CalendarDates.module();
    }
}
