package org.xeploai.webui.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code ./xeploai serve --hash-password}: reads a password (without echo on a terminal, else one line of standard
 * input) and prints the value for {@code xeploai.security.users.NAME.password}. Runs before Spring starts.
 */
public final class PasswordHashTool {
    public static final String OPTION = "--hash-password";

    private PasswordHashTool() {
    }

    public static int run(Console console, InputStream in, PrintStream out, PrintStream err) {
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Mật khẩu / Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            try {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                password = null;
            }
        }
        if (password == null || password.isEmpty()) {
            err.println("xeploai: cần một mật khẩu / a password is needed");
            return 2;
        }
        out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
        return 0;
    }
}
