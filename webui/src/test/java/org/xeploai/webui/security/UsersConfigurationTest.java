package org.xeploai.webui.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users come from configuration with bcrypt hashes; a plain password is refused at startup. */
class UsersConfigurationTest {
    static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void usersGetTheirRoles() {
        String hash = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("s3cret");
        List<UserDetails> users = UsersConfiguration.users(new UsersProperties(Map.of(
                "vp", new UsersProperties.User(hash, List.of(Role.OPERATOR, Role.VIEWER)))));
        assertThat(users).hasSize(1);
        assertThat(users.get(0).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_OPERATOR", "ROLE_VIEWER");
        assertThat(ENCODER.matches("s3cret", users.get(0).getPassword())).isTrue();
    }

    @Test
    void aPasswordThatIsNotABcryptHashStopsStartup() {
        for (String bad : java.util.Arrays.asList("xeploai-admin", "{noop}xeploai-admin", "", null)) {
            assertThatThrownBy(() -> UsersConfiguration.users(new UsersProperties(Map.of(
                    "admin", new UsersProperties.User(bad, List.of(Role.VIEWER))))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("xeploai.security.users.admin.password");
        }
    }

    @Test
    void theDocumentedDevelopmentPasswordsMatchTheBundledHashes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        for (String user : List.of("admin", "operator", "viewer")) {
            String hash = properties.getProperty("xeploai.security.users." + user + ".password");
            assertThat(ENCODER.matches("xeploai-" + user, hash)).as(user).isTrue();
        }
        assertThat(properties.getProperty("xeploai.security.users.viewer.roles")).isEqualTo("VIEWER");
    }

    @Test
    void theHashToolPrintsAHashTheConfigurationAccepts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PasswordHashTool.run(null, new ByteArrayInputStream("mật khẩu\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(ENCODER.matches("mật khẩu", hash)).isTrue();
        assertThat(UsersConfiguration.users(new UsersProperties(Map.of("u", new UsersProperties.User(hash,
                List.of(Role.VIEWER)))))).hasSize(1);
        assertThat(PasswordHashTool.run(null, new ByteArrayInputStream(new byte[0]), System.out,
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }
}
