package org.xeploai.webui.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xeploai.webui.system.XeploaiWebProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes uploaded input files once {@code xeploai.web.retention.uploads} has passed since their run ended (their
 * hashes stay), and whole runs once {@code xeploai.web.retention.runs} has passed, if set. Every ten minutes.
 */
@Component
public class RetentionCleaner {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionCleaner.class);
    private final RunRepository runs;
    private final RunFolders folders;
    private final XeploaiWebProperties properties;
    private final Clock clock;

    public RetentionCleaner(RunRepository runs, RunFolders folders, XeploaiWebProperties properties, Clock clock) {
        this.runs = runs;
        this.folders = folders;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT10M")
    public void clean() {
        Instant now = clock.instant();
        Duration uploads = properties.retention().uploads();
        for (String id : runs.uploadsFinishedBefore(now.minus(uploads))) {
            folders.deleteInput(id);
            runs.uploadsDeleted(id);
            LOG.info("deleted the uploaded files of run {} (retention {})", id, uploads);
        }
        Duration keep = properties.retention().runs();
        if (!keep.isZero() && !keep.isNegative()) {
            for (String id : runs.createdBefore(now.minus(keep))) {
                runs.delete(id);
                folders.delete(id);
                LOG.info("deleted run {} (retention {})", id, keep);
            }
        }
    }
}
