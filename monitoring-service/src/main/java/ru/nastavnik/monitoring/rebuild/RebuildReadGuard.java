package ru.nastavnik.monitoring.rebuild;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ru.nastavnik.platform.web.RuleViolationException;

/**
 * While a rebuild runs, and after one failed, the read models are half-built: every read of them is answered 503
 * problem+json rather than a figure that is silently too low. Serving the old figures meanwhile would need a second
 * set of tables to rebuild into and a swap; a rebuild is a rare, minutes-long act of an administrator, so the
 * dashboards say "rebuilding, N%" instead.
 */
@Component
class RebuildReadGuard implements HandlerInterceptor, WebMvcConfigurer {

    private final RebuildRuns runs;

    RebuildReadGuard(RebuildRuns runs) {
        this.runs = runs;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // everything computed from the topic-fed facts; questionnaires' own answers stay readable
        registry.addInterceptor(this).addPathPatterns("/api/monitoring/indicators", "/api/monitoring/indicators/**",
                "/api/monitoring/roadmaps/**", "/api/monitoring/schools/**", "/api/monitoring/quarters/**",
                "/api/monitoring/snapshots/restatements");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        runs.latest().ifPresent(latest -> {
            if (RebuildView.RUNNING.equals(latest.state())) {
                response.setHeader("Retry-After", "30");
                throw RuleViolationException.busy("rebuild-in-progress", "Показатели перестраиваются из событий ("
                        + latest.percent() + "%): повторите запрос, когда перестройка закончится");
            }
            if (RebuildView.FAILED.equals(latest.state())) {
                throw RuleViolationException.busy("rebuild-failed", "Последняя перестройка показателей не "
                        + "завершилась: показатели недоступны, пока администратор не запустит её снова");
            }
        });
        return true;
    }
}
