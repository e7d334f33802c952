package org.xeploai.webui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.xeploai.webui.security.PasswordHashTool;

/**
 * The web UI and REST API over the engine ({@code ./xeploai serve [--port N]}). Packages by feature: {@code run}
 * (upload, run page, downloads), {@code results} (lists and summary), {@code explain} (one subject), {@code api}
 * (REST), {@code security} (users, roles, login) and {@code system} (configuration shared by all).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class XeploaiWebApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(PasswordHashTool.OPTION)) {
            System.exit(PasswordHashTool.run(System.console(), System.in, System.out, System.err));
        }
        SpringApplication.run(XeploaiWebApplication.class, args);
    }
}
