package org.xeploai.engine.input;

import org.xeploai.rules.PackDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An input folder written by a test: files given as lines, in UTF-8 unless the test says otherwise. */
final class TestInput {
    static final String ORGS = "organizations.csv";
    static final String MEMBERS = "members.csv";
    static final String DECISIONS = "decisions.csv";
    static final String ORG_HEADER = "org_id,name,type,parent_id";
    static final String MEMBER_HEADER = "member_id,full_name,org_id,status";
    /** A superior committee with one grassroots committee and a cell under it, and a grassroots cell. */
    static final String[] SMALL_TREE = {ORG_HEADER,
            "TU,Đảng ủy Khối,SUPERIOR,",
            "DB1,Đảng bộ Sở Tài chính,GRASSROOTS_COMMITTEE,TU",
            "CB1,Chi bộ Văn phòng,CELL,DB1",
            "CBCS,Chi bộ Sở Tư pháp,GRASSROOTS_CELL,TU"};

    private final Path dir;
    private PackDescriptor pack;

    TestInput(Path dir) {
        this.dir = dir;
    }

    /** Writes a file from its lines, LF-terminated, UTF-8 without BOM. */
    TestInput file(String name, String... lines) {
        return bytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    TestInput text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    TestInput bytes(String name, byte[] content) {
        try {
            Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Organizations of {@link #SMALL_TREE}. */
    TestInput smallTree() {
        return file(ORGS, SMALL_TREE);
    }

    TestInput pack(PackDescriptor descriptor) {
        this.pack = descriptor;
        return this;
    }

    Path dir() {
        return dir;
    }

    InputData read() {
        return InputFolderReader.read(dir, pack);
    }

    /** Reads the folder expecting it to be unusable as a whole (exit 3). */
    InputUnusableException refused() {
        InputUnusableException e = catchThrowableOfType(InputUnusableException.class, this::read);
        assertThat(e).as("the folder should be refused as unusable").isNotNull();
        return e;
    }

    /**
     * Text as Excel's plain "CSV" saves it on a Vietnamese Windows: Windows-1258, where the letters with a
     * circumflex, breve or horn have a byte of their own and the five tones are combining marks.
     */
    static byte[] windows1258(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (char c : nfd.toCharArray()) {
            if ((c == '\u0302' || c == '\u0306' || c == '\u031B') && !out.isEmpty()) {
                char base = out.charAt(out.length() - 1);
                out.setCharAt(out.length() - 1, Normalizer.normalize(base + String.valueOf(c), Normalizer.Form.NFC).charAt(0));
            } else {
                out.append(c);
            }
        }
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] bytes = out.toString().getBytes(cp1258);
        assertThat(Normalizer.normalize(new String(bytes, cp1258), Normalizer.Form.NFC))
                .as("the test text must survive Windows-1258").isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        return bytes;
    }
}
