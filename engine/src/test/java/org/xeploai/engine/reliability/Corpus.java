package org.xeploai.engine.reliability;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The bad-input corpus under {@code src/test/resources/corpus}: one folder per case, each an input folder as a
 * committee hands it in, laid over {@code _base/} (a valid superior committee, one grassroots committee with two cells,
 * a grassroots cell, five members), with an {@code expect.properties} saying what must happen:
 * <pre>
 * # one line: what the case shows
 * exit=3                                    the exit code of classify (0: the run goes on, rows may be rejected)
 * error=FILE|LINE|COLUMN|KEY                exit 3: where the input is unusable, and the message key
 * rejected.N=FILE|LINE|COLUMN|KEY           exit 0: every rejected row, all of them, nothing else
 * rows.FILE=IN|REJECTED                     rows read from FILE and distinct rows of it rejected
 * warning=FILE|KEY                          a warning that refused nothing
 * output.N=FILE|TEXT                        an output file with a cell that reads TEXT (defused formulas)
 * absent.N=FILE|TEXT                        an output file that must not contain TEXT (markup in report.html)
 * say.vi=TEXT, say.en=TEXT                  a fragment the message must hold in that language
 * remove=FILE,FILE                          files of _base left out
 * expand=FILE|TOKEN|CHAR|COUNT              TOKEN in FILE replaced by CHAR repeated COUNT times (a very long line)
 * </pre>
 * A case may hold a folder where a file is expected ({@code members.csv/}): it replaces the file of {@code _base}.
 * The same folder is read by the CLI's corpus test ({@code cli/src/test}), which checks the terminal messages.
 */
public final class Corpus {
    public static final Path ROOT = locate();
    public static final int YEAR = 2022;

    private Corpus() {
    }

    private static Path locate() {
        String property = System.getProperty("xeploai.corpus");
        Path root = property != null ? Path.of(property) : Path.of("src/test/resources/corpus");
        // the engine module's tests run in engine/, the CLI's (which run the same cases) in cli/
        for (String candidate : new String[]{"engine/src/test/resources/corpus", "../engine/src/test/resources/corpus"}) {
            if (!Files.isDirectory(root)) {
                root = Path.of(candidate);
            }
        }
        return root.toAbsolutePath().normalize();
    }

    /** One case: its name, what it shows, and its expectations. */
    public record Case(String name, Path folder, String what, Properties expect) {

        public int exit() {
            return Integer.parseInt(expect.getProperty("exit", "0").strip());
        }

        public List<String> all(String prefix) {
            List<String> values = new ArrayList<>();
            for (int i = 1; expect.containsKey(prefix + "." + i); i++) {
                values.add(expect.getProperty(prefix + "." + i).strip());
            }
            return values;
        }

        public String get(String key) {
            String v = expect.getProperty(key);
            return v == null ? null : v.strip();
        }

        public List<String> rowCounts() {
            return expect.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).sorted().toList();
        }

        /** Writes the input folder of this case into {@code target} (created). */
        public Path prepare(Path target) {
            try {
                Files.createDirectories(target);
                copyFiles(ROOT.resolve("_base"), target);
                String remove = get("remove");
                if (remove != null) {
                    for (String name : remove.split(",")) {
                        Files.deleteIfExists(target.resolve(name.strip()));
                    }
                }
                copyFiles(folder, target);
                String expand = get("expand");
                if (expand != null) {
                    String[] p = expand.split("\\|");
                    Path file = target.resolve(p[0]);
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(file, text.replace(p[1], p[2].repeat(Integer.parseInt(p[3]))), StandardCharsets.UTF_8);
                }
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every case, by name. */
    public static List<Case> cases() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(Corpus::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case load(Path folder) {
        Path file = folder.resolve("expect.properties");
        Properties p = new Properties();
        String what = "";
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            what = first.startsWith("#") ? first.substring(1).strip() : "";
        } catch (IOException e) {
            throw new UncheckedIOException("case " + folder.getFileName() + ": " + file, e);
        }
        return new Case(folder.getFileName().toString(), folder, what, p);
    }

    /** Copies the files and folders of {@code from} (not {@code expect.properties}) into {@code to}, replacing. */
    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.equals("expect.properties")) {
                    continue;
                }
                Path target = to.resolve(name);
                if (Files.isDirectory(entry)) {
                    Files.deleteIfExists(target);
                    Files.createDirectories(target);
                    copyFiles(entry, target);
                } else {
                    Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
