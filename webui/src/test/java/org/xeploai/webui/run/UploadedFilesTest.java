package org.xeploai.webui.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;
import org.xeploai.webui.system.XeploaiWebProperties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An upload becomes the engine's input folder: names recognised, never used as paths, limits enforced. */
class UploadedFilesTest {
    @TempDir
    Path folder;

    static UploadedFiles uploads(long maxRows) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new UploadedFiles(messages, new XeploaiWebProperties(Path.of("data"),
                new XeploaiWebProperties.Limits(maxRows),
                new XeploaiWebProperties.Retention(Duration.ofDays(7), Duration.ZERO),
                new XeploaiWebProperties.Runs(1)));
    }

    static MultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsKnownByItsBaseNameInAnyCaseWhateverFolderItCameFrom() {
        assertThat(UploadedFiles.inputName("members.csv")).isEqualTo("members.csv");
        assertThat(UploadedFiles.inputName("Members.CSV")).isEqualTo("members.csv");
        assertThat(UploadedFiles.inputName("provincial-agencies-2022/organizations.csv")).isEqualTo("organizations.csv");
        assertThat(UploadedFiles.inputName("C:\\Users\\vp\\Desktop\\decisions.csv")).isEqualTo("decisions.csv");
        assertThat(UploadedFiles.inputName("../../etc/members.csv")).isEqualTo("members.csv");
        assertThat(UploadedFiles.inputName("README.md")).isNull();
        assertThat(UploadedFiles.inputName("members.csv.exe")).isNull();
        assertThat(UploadedFiles.inputName("expected/levels.csv")).isNull();
    }

    @Test
    void aFolderUploadKeepsTheInputFilesAndListsTheOthers() {
        UploadedFiles.Selection selection = uploads(100).select(List.of(
                file("ex/members.csv", "h\n"), file("ex/organizations.csv", "h\n"), file("ex/README.md", "#"),
                file("ex/expected/summary.csv", "s"), new MockMultipartFile("files", "", null, new byte[0])));
        assertThat(selection.files()).containsOnlyKeys("members.csv", "organizations.csv");
        assertThat(selection.ignored()).containsExactly("README.md", "summary.csv");
    }

    @Test
    void membersCsvMissingIsRefusedNamingIt() {
        assertThatThrownBy(() -> uploads(100).select(List.of(file("organizations.csv", "h\n"))))
                .isInstanceOfSatisfying(RunRejectedException.class, e -> {
                    assertThat(e.failure().status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.failure().file()).isEqualTo("members.csv");
                    assertThat(e.failure().message().vi()).startsWith("Thiếu tệp members.csv");
                    assertThat(e.failure().message().en()).startsWith("The file members.csv is missing");
                });
    }

    @Test
    void noFileAtAllIsRefused() {
        assertThatThrownBy(() -> uploads(100).select(List.of()))
                .isInstanceOfSatisfying(RunRejectedException.class,
                        e -> assertThat(e.failure().code()).isEqualTo("upload-empty"));
    }

    @Test
    void twoFilesOfOneNameAreRefused() {
        assertThatThrownBy(() -> uploads(100).select(List.of(file("a/members.csv", "h\n"), file("b/MEMBERS.csv", "h\n"),
                file("organizations.csv", "h\n"))))
                .isInstanceOfSatisfying(RunRejectedException.class,
                        e -> assertThat(e.failure().code()).isEqualTo("upload-duplicate"));
    }

    @Test
    void filesAreStoredUnderTheEnginesNamesWithHashAndRowCount() throws IOException {
        UploadedFiles uploads = uploads(100);
        UploadedFiles.Selection selection = uploads.select(List.of(
                file("../../x/Members.CSV", "member_id\nDV1\nDV2"), file("organizations.csv", "org_id\r\nA\r\n")));
        List<RunInput> inputs = uploads.store(selection, folder);
        try (Stream<Path> stored = Files.list(folder)) {
            assertThat(stored.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("members.csv",
                    "organizations.csv");
        }
        RunInput members = inputs.get(0);
        assertThat(members.name()).isEqualTo("members.csv");
        assertThat(members.originalName()).isEqualTo("Members.CSV");
        assertThat(members.dataRows()).isEqualTo(2);
        assertThat(members.sha256()).isEqualTo(sha256("member_id\nDV1\nDV2"));
        assertThat(inputs.get(1).dataRows()).isEqualTo(1);
        assertThat(Files.readString(folder.resolve("members.csv"))).isEqualTo("member_id\nDV1\nDV2");
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWithBothNumbers() {
        UploadedFiles uploads = uploads(2);
        UploadedFiles.Selection selection = uploads.select(List.of(file("members.csv", "h\n1\n2\n3\n"),
                file("organizations.csv", "h\n")));
        assertThatThrownBy(() -> uploads.store(selection, folder))
                .isInstanceOfSatisfying(RunRejectedException.class, e -> {
                    assertThat(e.failure().status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(e.failure().message().vi()).contains("members.csv", "3", "2");
                    assertThat(e.failure().message().en()).contains("3 data rows", "limit of 2 rows");
                });
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
