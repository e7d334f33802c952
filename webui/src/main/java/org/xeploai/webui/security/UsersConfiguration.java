package org.xeploai.webui.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Users and their hashed passwords from {@link UsersProperties}; a password that is not a bcrypt hash stops startup. */
@Configuration(proxyBeanMethods = false)
public class UsersConfiguration {
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UsersProperties properties) {
        return new InMemoryUserDetailsManager(users(properties));
    }

    static List<UserDetails> users(UsersProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (Map.Entry<String, UsersProperties.User> entry : properties.users().entrySet()) {
            String name = entry.getKey();
            String hash = entry.getValue().password();
            if (hash == null || !BCRYPT.matcher(hash.strip()).matches()) {
                throw new IllegalStateException("xeploai.security.users." + name + ".password must be a bcrypt hash "
                        + "({bcrypt}$2a$10$...): make one with `./xeploai serve --hash-password`");
            }
            users.add(User.withUsername(name).password(hash.strip())
                    .roles(entry.getValue().roles().stream().map(Role::name).toArray(String[]::new)).build());
        }
        return users;
    }
}
