package ru.nastavnik.gateway.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser) {
            return "redirect:" + CurrentUser.of(authentication).startPage();
        }
        return "landing";
    }

    @GetMapping("/start")
    String start(Authentication authentication) {
        return "redirect:" + CurrentUser.of(authentication).startPage();
    }

    @GetMapping("/no-role")
    String noRole() {
        return "no-role";
    }
}
