package org.xeploai.webui.whatif;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.xeploai.webui.PackZips;
import org.xeploai.webui.run.RunRejectedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An uploaded pack zip is unpacked only inside the server's folder, and only within its limits. */
class PackZipTest {
    @TempDir
    Path dir;

    final PackZip zips = new PackZip(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    Path unpack(byte[] zip) throws Exception {
        return zips.unpack(new ByteArrayInputStream(zip), dir.resolve("pack"));
    }

    String codeOf(byte[] zip) {
        try {
            unpack(zip);
        } catch (RunRejectedException e) {
            return e.failure().status().value() + " " + e.failure().code() + ": " + e.failure().message().en();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPackCopyZippedUnderOneFolderUnpacksWithThatFolderAsItsRoot() throws Exception {
        Files.createDirectories(dir.resolve("pack"));
        Path root = unpack(PackZips.quotaShare015());
        assertThat(root).isEqualTo(dir.resolve("pack").resolve("qd132-hd21"));
        assertThat(Files.readString(root.resolve("parameters.csv"))).contains("quota.share,0.15,");
        assertThat(root.resolve("pack.yaml")).isRegularFile();
    }

    @Test
    void anEntryWithDotDotIsRefusedAndNothingIsWrittenOutside() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("pack.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8));
        entries.put("../../evil.txt", "owned".getBytes(StandardCharsets.UTF_8));
        assertThat(codeOf(PackZips.zip(entries))).startsWith("422 pack-unsafe-path").contains("../../evil.txt");
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
        assertThat(dir.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void anAbsoluteEntryIsRefused() {
        assertThat(codeOf(PackZips.zip(Map.of("/tmp/evil.txt", new byte[]{1}))))
                .startsWith("422 pack-unsafe-path");
        assertThat(codeOf(PackZips.zip(Map.of("C:/evil.txt", new byte[]{1})))).startsWith("422 pack-unsafe-path");
        assertThat(codeOf(PackZips.zip(Map.of("rules\\..\\..\\evil.txt", new byte[]{1}))))
                .startsWith("422 pack-unsafe-path");
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatioBeforeTheTotalLimit() {
        // 10 MB of zeros: under the 20 MB total, but about 1,000 to 1
        assertThat(codeOf(PackZips.bomb(10))).startsWith("413 pack-zip-bomb").contains("parameters.csv");
    }

    @Test
    void aZipThatUnpacksBeyondTheTotalLimitIsRefused() {
        // 100 MB of zeros: the total limit (20 MB) stops it while it is being read
        assertThat(codeOf(PackZips.bomb(100))).startsWith("413 pack-");
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= PackZip.MAX_ENTRIES; i++) {
            entries.put("f" + i + ".txt", new byte[]{1});
        }
        assertThat(codeOf(PackZips.zip(entries))).startsWith("413 pack-too-many-entries");
    }

    @Test
    void contentThatIsNotAZipIsRefusedAs415() {
        assertThat(codeOf("name: not a zip\n".getBytes(StandardCharsets.UTF_8))).startsWith("415 pack-not-zip");
        assertThat(codeOf(new byte[0])).startsWith("415 pack-not-zip");
    }

    @Test
    void aZipWithoutPackYamlIsRefusedWithHowToMakeOne() {
        assertThat(codeOf(PackZips.zip(Map.of("readme.txt", new byte[]{1}))))
                .startsWith("422 pack-yaml-missing").contains("xeploai packs copy");
    }

    @Test
    void aTruncatedZipIsRefused() {
        byte[] whole = PackZips.quotaShare015();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThat(codeOf(half)).matches("^(422 pack-zip-unreadable|422 pack-yaml-missing).*");
    }
}
