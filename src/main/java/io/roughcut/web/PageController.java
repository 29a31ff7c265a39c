package io.roughcut.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages are static files; these routes give them readable URLs. */
@Controller
class PageController {

    @GetMapping("/jobs/{jobId}")
    String job() {
        return "forward:/job.html";
    }

    @GetMapping("/s/{token}")
    String shared() {
        return "forward:/shared.html";
    }
}
