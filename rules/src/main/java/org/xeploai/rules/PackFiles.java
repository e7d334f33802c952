package org.xeploai.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a pack's files come from: a folder a board edits, or the packs inside the jar. Paths are relative to the pack. */
public interface PackFiles {

    /** The file's text, or empty if absent. */
    java.util.Optional<String> read(String path);

    /** How to name the file in a message: a path the user can open. */
    String describe(String path);

    static PackFiles directory(Path root) {
        return new PackFiles() {
            @Override
            public java.util.Optional<String> read(String path) {
                Path file = root.resolve(path).normalize();
                if (!Files.isRegularFile(file)) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new RulePackException(PackProblem.of(describe(path), 0, "pack.problem.not_utf8"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String path) {
                return root.resolve(path).normalize().toString();
            }
        };
    }

    /** The packs shipped in the jar, under {@code rulepacks/<name>/}. */
    static PackFiles packaged(String name) {
        String prefix = "rulepacks/" + name + "/";
        return new PackFiles() {
            @Override
            public java.util.Optional<String> read(String path) {
                String resource = java.net.URI.create(prefix).resolve(path).toString();
                try (InputStream in = PackFiles.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        return java.util.Optional.empty();
                    }
                    return java.util.Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String path) {
                return java.net.URI.create(prefix).resolve(path).toString();
            }
        };
    }
}
