package io.tailor.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On a separate management port ({@code MANAGEMENT_SERVER_PORT}) the actuator runs in a child context
 * with its own server and error page, which would answer Spring Boot's {@code {timestamp, status, error}}:
 * there too errors leave as problem documents, and an unknown health component as a 404 problem. Listed in
 * {@code META-INF/spring/...ManagementContextConfiguration.imports}; the condition keeps the main
 * context's component scan from applying it where {@link ErrorPage} already answers.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@Conditional(ManagementProblems.ChildContext.class)
class ManagementProblems {

    @Bean
    FilterRegistrationBean<Filter> managementErrorsAsProblems(ProblemWriter problems) {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            // an error the container forwards, or /error asked for directly (Spring Boot's would answer 200)
            if (http.getDispatcherType() == DispatcherType.ERROR || "/error".equals(http.getRequestURI())) {
                problems.write((HttpServletResponse) response, ErrorPage.problem(http));
            } else {
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<?> managementHealthNotFound() {
        return HealthNotFound.registration();
    }

    /** Only in a context with a parent: the management child, never the application itself. */
    static final class ChildContext implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getBeanFactory() != null && context.getBeanFactory().getParentBeanFactory() != null;
        }
    }
}
