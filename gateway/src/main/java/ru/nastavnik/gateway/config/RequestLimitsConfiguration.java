package ru.nastavnik.gateway.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link RequestBodyLimit} on the proxied API, behind the security filters: an anonymous upload gets 401 first. */
@Configuration
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(NastavnikProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(properties.bodyLimits()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
