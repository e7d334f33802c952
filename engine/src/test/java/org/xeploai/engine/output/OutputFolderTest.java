package org.xeploai.engine.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xeploai.i18n.Lang;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Contract: files of the same names in --output are replaced only when the run succeeds. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    @Test
    void theOutputFolderIsCreatedIfMissingAndNoTemporaryFolderIsLeftBeside() throws IOException {
        Path out = tmp.resolve("a").resolve("b").resolve("out");

        ResultWriter.write(ResultWriterTest.sample(), out, Lang.VI);

        assertThat(out.resolve("members.csv")).isRegularFile();
        assertThat(list(tmp.resolve("a").resolve("b"))).containsExactly("out");
    }

    @Test
    void filesOfTheSameNamesAreReplacedAndOtherFilesKept() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("members.csv"), "old");
        Files.writeString(out.resolve("notes.txt"), "mine");

        ResultWriter.write(ResultWriterTest.sample(), out, Lang.VI);

        assertThat(Files.readString(out.resolve("members.csv"))).startsWith("\uFEFFmember_id,");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(list(tmp)).containsExactly("out");
    }

    @Test
    void whenAFileFailsToBeWrittenTheOldFilesStayUntouched() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("members.csv"), "old members");
        Files.writeString(out.resolve("notes.txt"), "mine");
        List<OutputFile> files = List.of(file("members.csv", "new members"), file("summary.csv", "new summary"),
                failing("rejected.csv", new IOException("No space left on device")));

        OutputException e = catchThrowableOfType(OutputException.class,
                () -> OutputFolder.replaceFiles(out, files));

        assertThat(e.messageKey()).isEqualTo(OutputException.DISK_FULL);
        assertThat(e.path()).isEqualTo(out.toAbsolutePath());
        assertThat(Files.readString(out.resolve("members.csv"))).isEqualTo("old members");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(list(out)).containsExactly("members.csv", "notes.txt");
        assertThat(list(tmp)).containsExactly("out");
    }

    @Test
    void whenAFileCannotBeMovedInTheFilesAlreadyReplacedArePutBack() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("members.csv"), "old members");
        // a folder where summary.csv should go: members.csv and organizations.csv are moved in before it fails
        Files.createDirectories(out.resolve("summary.csv").resolve("inside"));

        assertThatThrownBy(() -> ResultWriter.write(ResultWriterTest.sample(), out, Lang.VI))
                .isInstanceOf(OutputException.class);

        assertThat(Files.readString(out.resolve("members.csv"))).isEqualTo("old members");
        assertThat(list(out)).containsExactly("members.csv", "summary.csv");
        assertThat(list(tmp)).containsExactly("out");
    }

    @Test
    void anOutputPathUnderARegularFileFailsWithThePathAndCreatesNothing() throws IOException {
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");

        OutputException e = catchThrowableOfType(OutputException.class,
                () -> ResultWriter.write(ResultWriterTest.sample(), plain.resolve("out"), Lang.VI));

        assertThat(e.messageKey()).isEqualTo(OutputException.NOT_A_FOLDER);
        assertThat(e.path()).isEqualTo(plain.toAbsolutePath());
        assertThat(e.args()).first().isEqualTo(plain.toAbsolutePath().toString());
        assertThat(list(tmp)).containsExactly("plain.txt");
        assertThat(Files.readString(plain)).isEqualTo("x");
    }

    @Test
    void anOutputPathThatIsARegularFileFails() throws IOException {
        Path plain = Files.writeString(tmp.resolve("plain.csv"), "x");

        OutputException e = catchThrowableOfType(OutputException.class,
                () -> ResultWriter.write(ResultWriterTest.sample(), plain, Lang.VI));

        assertThat(e.messageKey()).isEqualTo(OutputException.NOT_A_FOLDER);
        assertThat(list(tmp)).containsExactly("plain.csv");
    }

    @Test
    void aFolderCreatedForAFailedRunIsRemovedAgain() throws IOException {
        Path out = tmp.resolve("new").resolve("out");

        assertThatThrownBy(() -> OutputFolder.replaceFiles(out,
                List.of(file("members.csv", "x"), failing("run.csv", new IOException("Input/output error")))))
                .isInstanceOf(OutputException.class)
                .extracting(e -> ((OutputException) e).messageKey()).isEqualTo(OutputException.IO_ERROR);

        assertThat(list(tmp)).isEmpty();
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static OutputFile file(String name, String text) {
        return new OutputFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static OutputFile failing(String name, IOException failure) {
        return new OutputFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                throw failure;
            }
        };
    }
}
