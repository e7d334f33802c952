package org.xeploai.webui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * The users, from configuration: {@code xeploai.security.users.NAME.password} (a bcrypt hash,
 * {@code {bcrypt}$2a$...}) and {@code xeploai.security.users.NAME.roles} (a list of {@link Role} names).
 */
@ConfigurationProperties("xeploai.security")
public record UsersProperties(@DefaultValue Map<String, User> users) {

    public record User(String password, @DefaultValue("VIEWER") List<Role> roles) {
    }
}
