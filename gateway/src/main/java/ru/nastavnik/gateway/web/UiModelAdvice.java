package ru.nastavnik.gateway.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in; a service's refusal becomes a readable page, not a stack trace. */
@ControllerAdvice(basePackageClasses = UiModelAdvice.class)
class UiModelAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
            return CurrentUser.of(authentication);
        }
        return null;
    }

    @ExceptionHandler(BackendProblem.class)
    String backendProblem(BackendProblem problem, Model model, Authentication authentication) {
        model.addAttribute("currentUser", currentUser(authentication));
        model.addAttribute("status", problem.status());
        model.addAttribute("message", problem.getMessage());
        return "problem";
    }
}
