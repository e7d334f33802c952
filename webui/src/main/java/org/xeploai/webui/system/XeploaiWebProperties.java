package org.xeploai.webui.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The settings of {@code xeploai.web.*} (application.properties documents each one).
 *
 * @param dataDir   the folder the server owns: uploads, output files and the embedded database live under it
 */
@ConfigurationProperties("xeploai.web")
public record XeploaiWebProperties(Path dataDir, @DefaultValue Limits limits, @DefaultValue Retention retention,
                                   @DefaultValue Runs runs) {

    /** @param maxRowsPerFile data rows accepted in one uploaded file (the header not counted) */
    public record Limits(@DefaultValue("300000") long maxRowsPerFile) {
    }

    /**
     * @param uploads how long uploaded input files are kept after their run ends; zero deletes them at once
     * @param runs    how long runs are kept; zero keeps them for ever
     */
    public record Retention(@DefaultValue("7d") Duration uploads, @DefaultValue("0") Duration runs) {
    }

    /** @param parallel runs classified at the same time */
    public record Runs(@DefaultValue("1") int parallel) {
    }
}
