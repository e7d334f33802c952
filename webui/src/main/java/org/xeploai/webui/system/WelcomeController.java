package org.xeploai.webui.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page is the list of runs with the upload form; the login page is ours, in the user's language. */
@Controller
class WelcomeController {

    @GetMapping("/")
    String welcome() {
        return "redirect:/runs";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
