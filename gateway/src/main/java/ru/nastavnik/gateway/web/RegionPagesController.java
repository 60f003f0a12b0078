package ru.nastavnik.gateway.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class RegionPagesController {

    @GetMapping("/region")
    String start() {
        return "region/start";
    }
}
