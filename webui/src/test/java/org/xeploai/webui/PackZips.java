package org.xeploai.webui;

import org.xeploai.rules.PackCopier;
import org.xeploai.rules.PackFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Rule pack zips for what-if tests, made in memory: an edited copy as {@code xeploai packs copy} writes it, and bad ones. */
public final class PackZips {
    private PackZips() {
    }

    /** The packaged pack copied (as {@code packs copy} does), one file edited, zipped under one top folder. */
    public static byte[] editedCopy(String pack, String file, UnaryOperator<String> edit) {
        try {
            Path dir = Files.createTempDirectory("xeploai-pack-");
            try {
                PackCopier.copy(PackFiles.packaged(pack), dir.resolve(pack));
                Path edited = dir.resolve(pack).resolve(file);
                Files.writeString(edited, edit.apply(Files.readString(edited, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                return zip(dir);
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code quota.share} of qd132-hd21 changed from 0.20 to 0.15. */
    public static byte[] quotaShare015() {
        return editedCopy("qd132-hd21", "parameters.csv", s -> s.replace("quota.share,0.20,", "quota.share,0.15,"));
    }

    /** A zip of {@code dir}'s content, entry names relative to it. */
    public static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip of the given entries (name to content), as written, however unsafe the names. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip bomb: one small pack.yaml and an entry of {@code megabytes} MB of zeros (about 1,000:1). */
    public static byte[] bomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("pack.yaml"));
            zip.write("name: bomb\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("parameters.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
