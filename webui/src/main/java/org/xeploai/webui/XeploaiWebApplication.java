package org.xeploai.webui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web UI and REST API over the engine. Only its skeleton exists yet: the pages come with issue 7. */
@SpringBootApplication
public class XeploaiWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(XeploaiWebApplication.class, args);
    }
}
