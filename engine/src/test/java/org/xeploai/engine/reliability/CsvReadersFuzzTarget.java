package org.xeploai.engine.reliability;

import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.input.InputUnusableException;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.engine.input.TestPacks;
import org.xeploai.i18n.Lang;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the fuzzer runs on each input: the bytes become one or two files of an input folder, the folder is read by
 * {@link InputFolderReader} as {@code classify} reads it, and the reading must end in one of two ways: an
 * {@link InputUnusableException} whose message exists in both languages (exit 3), or data in which every row read is
 * accounted for, as accepted or rejected, and every rejected row names its file and line with a message in both
 * languages. Anything else (another exception, a row lost) is a finding.
 * <p>
 * The first byte chooses the file(s): 0 {@code members.csv}; 1 {@code organizations.csv}; 2 both, split at the first
 * two NUL bytes (organizations first); 3 {@code decisions.csv}; 4 {@code history.csv}; 5 {@code collectives.csv}.
 * The other files are those of the corpus's {@code _base}.
 */
public final class CsvReadersFuzzTarget {
    static final String[] FILES = {"members.csv", "organizations.csv", "", "decisions.csv", "history.csv",
            "collectives.csv"};
    static final String BASE_ORGANIZATIONS = """
            org_id,name,type,parent_id,grade_political_task,grade_party_building
            TU,Đảng ủy Khối các cơ quan,SUPERIOR,,,
            DB1,Đảng bộ Sở Tài chính,GRASSROOTS_COMMITTEE,TU,XS,T
            CB1,Chi bộ Văn phòng,CELL,DB1,T,T
            CB2,Chi bộ Thanh tra,CELL,DB1,T,T
            CBCS,Chi bộ Sở Tư pháp,GRASSROOTS_CELL,TU,T,T
            """;
    static final String BASE_MEMBERS = """
            member_id,full_name,org_id,grade_politics_ethics,grade_discipline,grade_tasks
            DV001,Nguyễn Văn An,CB1,XS,XS,XS
            DV002,Trần Thị Bình,CB1,T,T,T
            DV003,Lê Văn Cường,CB2,T,T,T
            DV004,Phạm Thị Dung,CBCS,T,T,T
            DV005,Hoàng Văn Em,CBCS,TB,TB,TB
            """;
    /** The columns pack qd132-hd21 requires, as its pack.yaml lists them (no pack is compiled here). */
    static final PackDescriptor PACK = TestPacks.descriptor("qd132-hd21",
            Map.of("members.csv", List.of("member_id", "org_id"), "organizations.csv", List.of("org_id", "type"),
                    "collectives.csv", List.of("collective_id", "org_id")),
            Map.of("members.csv", List.of("grade_politics_ethics", "grade_discipline", "grade_tasks"),
                    "organizations.csv", List.of("grade_political_task", "grade_party_building")));
    private static final Messages VI = Messages.of(Lang.VI);
    private static final Messages EN = Messages.of(Lang.EN);
    private static final Set<String> ANY_FILE = Set.of("members.csv", "organizations.csv", "decisions.csv",
            "history.csv", "collectives.csv");
    private static Path folder;

    private CsvReadersFuzzTarget() {
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(byte[] data) {
        Path dir = folder();
        write(dir, data);
        InputData read;
        try {
            read = InputFolderReader.read(dir, PACK);
        } catch (InputUnusableException e) {
            check(e.file() != null && !e.file().isEmpty(), "an unusable input names its file: " + e);
            checkMessage(e.messageKey(), e.args(), e.toString());
            return;
        }
        checkAccounting(read);
    }

    /** Every data row read is accepted or rejected, once; every rejected row names file, line and a message. */
    static void checkAccounting(InputData read) {
        for (RejectedRow r : read.rejected()) {
            check(ANY_FILE.contains(r.file()), "a rejected row names an input file: " + r);
            check(r.line() > 0, "a rejected row names its line: " + r);
            checkMessage(r.messageKey(), r.args(), r.toString());
        }
        Map<String, Long> accepted = Map.of(
                "members.csv", (long) read.members().size(),
                "organizations.csv", (long) read.organizations().size(),
                "decisions.csv", (long) read.decisions().size(),
                "history.csv", (long) read.history().size(),
                "collectives.csv", (long) read.collectives().map(List::size).orElse(0));
        for (Map.Entry<String, Long> e : read.rowsRead().entrySet()) {
            long rejected = read.rejectedRows(e.getKey());
            long kept = accepted.getOrDefault(e.getKey(), 0L);
            check(e.getValue() == kept + rejected, e.getKey() + ": " + e.getValue() + " rows read but " + kept
                    + " accepted + " + rejected + " rejected");
        }
    }

    private static void checkMessage(String key, List<Object> args, String what) {
        check(key != null && VI.has(key) && EN.has(key), "a message in both languages for " + what);
        VI.get(key, args);
        EN.get(key, args);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    /** The input folder for these bytes: the fuzzed file(s) and the base files. */
    static void write(Path dir, byte[] data) {
        int mode = data.length == 0 ? 0 : (data[0] & 0xFF) % FILES.length;
        byte[] rest = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
        try {
            for (String optional : List.of("decisions.csv", "history.csv", "collectives.csv")) {
                Files.deleteIfExists(dir.resolve(optional));
            }
            Files.writeString(dir.resolve("organizations.csv"), BASE_ORGANIZATIONS, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("members.csv"), BASE_MEMBERS, StandardCharsets.UTF_8);
            if (mode == 2) {
                int split = split(rest);
                Files.write(dir.resolve("organizations.csv"), java.util.Arrays.copyOfRange(rest, 0, split));
                Files.write(dir.resolve("members.csv"),
                        java.util.Arrays.copyOfRange(rest, Math.min(rest.length, split + 2), rest.length));
            } else {
                Files.write(dir.resolve(FILES[mode]), rest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a seed in the layout of mode 2. */
    static byte[] both(byte[] organizations, byte[] members) {
        byte[] out = new byte[1 + organizations.length + 2 + members.length];
        out[0] = 2;
        System.arraycopy(organizations, 0, out, 1, organizations.length);
        System.arraycopy(members, 0, out, 1 + organizations.length + 2, members.length);
        return out;
    }

    private static int split(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == 0 && bytes[i + 1] == 0) {
                return i;
            }
        }
        return bytes.length;
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("xeploai-fuzz-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path created = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    clear(created);
                    Files.deleteIfExists(created);
                } catch (IOException ignored) {
                    // a temporary folder left behind
                }
            }));
        }
        return folder;
    }
}
