package org.xeploai.webui.run;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.xeploai.webui.system.LocalizedText;
import org.xeploai.webui.system.XeploaiWebProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what a browser or an integrator uploaded into the engine's input folder. A file is recognised by its base
 * name only ({@code members.csv}, whatever folder it came from, in any letter case); it is stored under the
 * engine's name, never under the name it came with. Other files (a folder's README, say) are listed as ignored.
 */
@Component
public class UploadedFiles {
    /** Read by the engine if present; the first two are required. */
    public static final List<String> INPUT_FILES = List.of("organizations.csv", "members.csv", "decisions.csv",
            "collectives.csv", "history.csv", "targets.csv");
    public static final List<String> REQUIRED = List.of("organizations.csv", "members.csv");

    private final MessageSource messages;
    private final long maxRows;

    public UploadedFiles(MessageSource messages, XeploaiWebProperties properties) {
        this.messages = messages;
        this.maxRows = properties.limits().maxRowsPerFile();
    }

    /** The input files of an upload by the engine's names, and the names of the files left out. */
    public record Selection(Map<String, MultipartFile> files, List<String> ignored) {
    }

    public Selection select(List<MultipartFile> uploaded) {
        Map<String, MultipartFile> files = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (MultipartFile file : uploaded == null ? List.<MultipartFile>of() : uploaded) {
            String original = file.getOriginalFilename();
            if (original == null || original.isBlank()) {
                continue; // an empty file field
            }
            String name = inputName(original);
            if (name == null) {
                ignored.add(displayName(original));
                continue;
            }
            if (files.containsKey(name)) {
                throw reject("upload-duplicate", name, "upload.error.duplicate", name);
            }
            files.put(name, file);
        }
        if (files.isEmpty()) {
            throw reject("upload-empty", null, "upload.error.no_files", String.join(", ", REQUIRED));
        }
        for (String required : REQUIRED) {
            if (!files.containsKey(required)) {
                throw reject("input-file-missing", required, "upload.error.missing", required);
            }
        }
        return new Selection(files, ignored);
    }

    /** Writes the selected files into {@code folder} under the engine's names, with their hashes and row counts. */
    public List<RunInput> store(Selection selection, Path folder) {
        List<RunInput> inputs = new ArrayList<>();
        for (Map.Entry<String, MultipartFile> entry : selection.files().entrySet()) {
            String name = entry.getKey();
            MultipartFile file = entry.getValue();
            Path target = folder.resolve(INPUT_FILES.get(INPUT_FILES.indexOf(name)));
            Counted counted;
            try (InputStream in = file.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
                counted = copy(in, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (counted.dataRows > maxRows) {
                throw reject("too-many-rows", name, "upload.error.too_many_rows", name, counted.dataRows, maxRows);
            }
            inputs.add(new RunInput(name, displayName(file.getOriginalFilename()), counted.bytes, counted.sha256,
                    counted.dataRows));
        }
        return inputs;
    }

    /** The engine's name for an uploaded file, or null when it is not an input file. */
    static String inputName(String original) {
        String base = displayName(original);
        String key = Normalizer.normalize(base, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        return INPUT_FILES.contains(key) ? key : null;
    }

    /** The part after the last slash or backslash: browsers send a folder's files as "folder/name". */
    static String displayName(String original) {
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private record Counted(long bytes, long dataRows, String sha256) {
    }

    private static Counted copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bytes = 0;
        long newlines = 0;
        int last = -1;
        byte[] buffer = new byte[64 * 1024];
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            int n;
            while ((n = digesting.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                last = buffer[n - 1];
                bytes += n;
            }
        }
        long lines = newlines + (bytes > 0 && last != '\n' ? 1 : 0);
        return new Counted(bytes, Math.max(0, lines - 1), HexFormat.of().formatHex(digest.digest()));
    }

    private RunRejectedException reject(String code, String file, String key, Object... args) {
        HttpStatus status = code.equals("too-many-rows") ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
        return new RunRejectedException(new RunFailure(status, code, file, LocalizedText.web(messages, key, args)));
    }
}
