package io.tailor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator answers a health component or group it does not have ({@code /actuator/health/db}) with an
 * empty 404. Sent as an error instead, it reaches {@link ErrorPage} and leaves as a problem document.
 */
@Configuration(proxyBeanMethods = false)
class HealthNotFound {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> healthNotFoundAsProblem() {
        return registration();
    }

    /** Also for the management port's own server ({@link ManagementProblems}). */
    static FilterRegistrationBean<OncePerRequestFilter> registration() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        chain.doFilter(request, new HttpServletResponseWrapper(response) {
                            @Override
                            public void setStatus(int status) {
                                if (status == HttpServletResponse.SC_NOT_FOUND) {
                                    try {
                                        sendError(status);
                                    } catch (IOException e) {
                                        super.setStatus(status);
                                    }
                                    return;
                                }
                                super.setStatus(status);
                            }
                        });
                    }
                });
        registration.addUrlPatterns("/actuator/health/*");
        return registration;
    }
}
