package org.xeploai.webui.run;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Output files as downloads, for the pages and the API alike: always as attachments (a report written from the
 * committee's data is never rendered under this site's address), with the engine's file name.
 */
@Component
public class Downloads {
    private final RunService runs;

    public Downloads(RunService runs) {
        this.runs = runs;
    }

    public ResponseEntity<Resource> file(String runId, String name) {
        Path path = runs.file(runId, name);
        String fileName = path.getFileName().toString();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .contentType(mediaType(fileName))
                .body(new FileSystemResource(path));
    }

    public ResponseEntity<StreamingResponseBody> zip(String runId) {
        Run run = runs.get(runId);
        runs.files(run.id()).stream().findAny().orElseThrow(() -> new RunNotFoundException(runId + "/files.zip"));
        String fileName = "xeploai-" + run.year() + "-" + run.id().substring(0, 8) + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> runs.zip(run.id(), out));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    static MediaType mediaType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return new MediaType("text", "csv", StandardCharsets.UTF_8);
        }
        if (lower.endsWith(".html")) {
            return new MediaType("text", "html", StandardCharsets.UTF_8);
        }
        if (lower.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        if (lower.endsWith(".xlsx")) {
            return MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }
}
