package org.xeploai.webui.whatif;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.xeploai.webui.run.RunFailure;
import org.xeploai.webui.run.RunRejectedException;
import org.xeploai.webui.system.LocalizedText;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded rule pack (a zip as {@code xeploai packs copy} writes it, zipped) into a folder the server
 * chose. Nothing in the zip becomes a path unless it is relative, has no {@code ..} and stays inside that folder;
 * the number of entries, the bytes unpacked and each entry's compression ratio are bounded, so that a zip bomb stops
 * early; content that is not a zip is refused.
 */
@Component
public class PackZip {
    /** Entries in one pack zip; a packaged pack has a few dozen. */
    static final int MAX_ENTRIES = 1_000;
    /** Bytes unpacked in all; a packaged pack is well under 1 MB. */
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;
    /** Unpacked bytes per compressed byte for an entry over {@link #RATIO_FLOOR} bytes; text zips at 3–10. */
    static final long MAX_RATIO = 100;
    static final long RATIO_FLOOR = 64 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final MessageSource messages;

    public PackZip(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Unpacks {@code upload} into {@code folder} (which must exist and be empty) and returns the pack's root: the
     * folder itself, or the one top folder that holds {@code pack.yaml}.
     *
     * @throws RunRejectedException when the upload is missing, not a zip, unsafe or too large
     */
    public Path unpack(MultipartFile upload, Path folder) {
        if (upload == null || upload.isEmpty()) {
            throw reject(HttpStatus.BAD_REQUEST, "pack-missing", "whatif.error.pack_missing");
        }
        try (InputStream in = upload.getInputStream()) {
            return unpack(in, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path unpack(InputStream raw, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
            throw reject(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "pack-not-zip", "whatif.error.not_zip");
        }
        int entries = 0;
        long total = 0;
        Set<String> seen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw reject(HttpStatus.CONTENT_TOO_LARGE, "pack-too-many-entries", "whatif.error.too_many_entries",
                            MAX_ENTRIES);
                }
                String name = entry.getName().replace('\\', '/');
                Path target = safeTarget(root, name);
                if (!seen.add(name)) {
                    throw reject(HttpStatus.UNPROCESSABLE_CONTENT, "pack-duplicate-entry", "whatif.error.duplicate_entry",
                            name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                long written = 0;
                byte[] buffer = new byte[8192];
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                        written += n;
                        total += n;
                        if (total > MAX_TOTAL_BYTES) {
                            throw reject(HttpStatus.CONTENT_TOO_LARGE, "pack-too-large", "whatif.error.too_large",
                                    MAX_TOTAL_BYTES / (1024 * 1024));
                        }
                        long compressed = entry.getCompressedSize();
                        if (written > RATIO_FLOOR && compressed > 0 && written / compressed > MAX_RATIO) {
                            throw reject(HttpStatus.CONTENT_TOO_LARGE, "pack-zip-bomb", "whatif.error.ratio", name,
                                    MAX_RATIO);
                        }
                        out.write(buffer, 0, n);
                    }
                }
                // a streamed entry's compressed size is known only at its end
                long compressed = entry.getCompressedSize();
                if (written > RATIO_FLOOR && compressed > 0 && written / compressed > MAX_RATIO) {
                    throw reject(HttpStatus.CONTENT_TOO_LARGE, "pack-zip-bomb", "whatif.error.ratio", name, MAX_RATIO);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw reject(HttpStatus.UNPROCESSABLE_CONTENT, "pack-zip-unreadable", "whatif.error.zip_unreadable");
        }
        if (entries == 0) {
            throw reject(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "pack-not-zip", "whatif.error.not_zip");
        }
        return packRoot(root);
    }

    /** The entry's place inside {@code root}; an absolute name, a drive letter or a {@code ..} is refused. */
    private Path safeTarget(Path root, String name) {
        boolean absolute = name.startsWith("/") || (name.length() > 1 && name.charAt(1) == ':');
        boolean parent = Stream.of(name.split("/")).anyMatch(".."::equals);
        if (name.isBlank() || absolute || parent || name.indexOf('\0') >= 0) {
            throw reject(HttpStatus.UNPROCESSABLE_CONTENT, "pack-unsafe-path", "whatif.error.unsafe_path", name);
        }
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw reject(HttpStatus.UNPROCESSABLE_CONTENT, "pack-unsafe-path", "whatif.error.unsafe_path", name);
        }
        return target;
    }

    private Path packRoot(Path root) throws IOException {
        if (Files.isRegularFile(root.resolve("pack.yaml"))) {
            return root;
        }
        try (Stream<Path> children = Files.list(root)) {
            var folders = children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).equals("__macosx")).toList();
            if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve("pack.yaml"))) {
                return folders.get(0);
            }
        }
        throw reject(HttpStatus.UNPROCESSABLE_CONTENT, "pack-yaml-missing", "whatif.error.no_pack_yaml");
    }

    private RunRejectedException reject(HttpStatus status, String code, String key, Object... args) {
        return new RunRejectedException(new RunFailure(status, code, null, LocalizedText.web(messages, key, args)));
    }
}
