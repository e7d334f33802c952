package org.xeploai.webui.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header, served with the operations at {@code /api/openapi} (JSON) and {@code .yaml}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "xeploai API",
        description = "Runs of the annual quality classification of party members, organizations and leadership "
                + "collectives: upload the input files, follow the run, read results, explanations and output files. "
                + "Errors are RFC 9457 problem details (application/problem+json) with the engine's message and, "
                + "where known, file, line and column. Messages are Vietnamese unless ?lang=en or Accept-Language: en.",
        version = "1", license = @License(name = "see the project's licence")))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {
}
