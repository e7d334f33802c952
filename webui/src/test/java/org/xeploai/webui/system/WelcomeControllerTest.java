package org.xeploai.webui.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.xeploai.webui.security.SecurityConfiguration;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The login page (Vietnamese unless asked otherwise, whatever the browser prefers) and the home page. */
@WebMvcTest(WelcomeController.class)
@Import(SecurityConfiguration.class)
class WelcomeControllerTest {
    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageIsVietnameseEvenForAnEnglishBrowser() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(content().string(allOf(containsString("<html lang=\"vi\">"),
                        containsString("Tên đăng nhập"), containsString("Mật khẩu"),
                        containsString("name=\"_csrf\""), containsString("href=\"/login?lang=en\""))));
    }

    @Test
    void theLoginPageSwitchesToEnglish() throws Exception {
        mvc.perform(get("/login?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"), containsString("User name"))));
    }

    @Test
    void aFailedLoginSaysSo() throws Exception {
        mvc.perform(get("/login?error"))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void theHomePageIsTheListOfRuns() throws Exception {
        mvc.perform(get("/").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/runs"));
    }
}
