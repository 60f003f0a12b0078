package ru.nastavnik.edge;

import java.util.List;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The platform's answers at the edge of every HTTP server: problem+json, strict JSON input. */
@AutoConfiguration
public class EdgeAutoConfiguration {

    /**
     * Replaces Tomcat's HTML error report (which Spring Boot installs on the host) with {@link ProblemErrorReportValve}.
     * Runs after Spring Boot's own customizer, so its valve is there to be replaced.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return new Customizer();
    }

    static final class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof Host host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                    if (host instanceof StandardHost standardHost) {
                        standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    }
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** The request firewall's refusals (a «;» or «%2e%2e» in the path…) as 400 problem+json. */
    @Bean
    @ConditionalOnClass(RequestRejectedHandler.class)
    RequestRejectedHandler problemOnRejectedRequest() {
        return (request, response, rejected) -> ProblemJson.write(response, 400, "bad-request", "Некорректный запрос",
                "Адрес запроса содержит недопустимые символы или последовательности.");
    }

    @Bean
    FilterRegistrationBean<QueryStringGuard> queryStringGuard() {
        FilterRegistrationBean<QueryStringGuard> registration = new FilterRegistrationBean<>(new QueryStringGuard());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** JSON request bodies are read strictly ({@link StrictJson}); what the services write is unchanged. */
    @Bean
    WebMvcConfigurer strictJsonInput() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                for (HttpMessageConverter<?> converter : converters) {
                    if (converter instanceof MappingJackson2HttpMessageConverter json
                            && !(converter.getClass().getName().contains("springdoc"))) {
                        json.setObjectMapper(StrictJson.strictCopyOf(json.getObjectMapper()));
                    }
                }
            }
        };
    }
}
