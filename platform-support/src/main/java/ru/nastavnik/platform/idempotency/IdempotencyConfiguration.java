package ru.nastavnik.platform.idempotency;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** {@link IdempotentRequests} behind the security filters, where the caller is known. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration"})
public class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotentRequests> idempotentRequests(JdbcClient jdbc,
                                                                 PlatformTransactionManager transactionManager,
                                                                 Clock clock) {
        FilterRegistrationBean<IdempotentRequests> registration = new FilterRegistrationBean<>(
                new IdempotentRequests(jdbc, transactionManager, clock));
        // Spring Security's chain is at -100: the caller is authenticated by then
        registration.setOrder(0);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
