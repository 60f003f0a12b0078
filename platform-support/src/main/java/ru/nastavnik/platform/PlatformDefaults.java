package ru.nastavnik.platform;

import java.io.IOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code nastavnik-platform-defaults.yml} as the lowest-precedence property source: what every
 * domain service shares (Axon on PostgreSQL, Kafka, Keycloak, actuator). A service's own
 * application.yml and the environment override any of it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String RESOURCE = "nastavnik-platform-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Axon's update checker reads a system property, not the Spring environment; offline it only logs noise
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
