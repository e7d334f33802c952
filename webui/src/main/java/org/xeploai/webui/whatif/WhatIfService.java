package org.xeploai.webui.whatif;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.diff.DiffFiles;
import org.xeploai.engine.diff.PackDiff;
import org.xeploai.i18n.Messages;
import org.xeploai.rules.PackProblem;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackException;
import org.xeploai.webui.run.Run;
import org.xeploai.webui.run.RunFailure;
import org.xeploai.webui.run.RunFailures;
import org.xeploai.webui.run.RunFolders;
import org.xeploai.webui.run.RunNotFoundException;
import org.xeploai.webui.run.RunRejectedException;
import org.xeploai.webui.run.RunService;
import org.xeploai.webui.run.UploadedFiles;
import org.xeploai.webui.system.Languages;
import org.xeploai.webui.system.LocalizedText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs a what-if: unpacks the uploaded pack into a folder the server names ({@code DATA/whatif/<id>/pack}), loads
 * it as {@code xeploai validate} would (every problem with file and line), classifies the input under the baseline
 * and under it, writes diff.csv, diff_summary.csv and diff.html, and deletes the pack and any uploaded input at once.
 * The last {@value #KEPT} what-ifs stay readable; an older one's files are deleted.
 */
@Service
public class WhatIfService {
    static final int KEPT = 20;
    /** One what-if classifies the input twice: they take turns rather than starve the runs. */
    static final int PARALLEL = 1;
    static final long WAIT_SECONDS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(WhatIfService.class);

    private final Xeploai xeploai;
    private final RunService runs;
    private final RunFolders folders;
    private final UploadedFiles uploads;
    private final PackZip zips;
    private final RunFailures failures;
    private final MessageSource messages;
    private final Clock clock;
    private final Semaphore turns = new Semaphore(PARALLEL, true);
    private final Map<String, WhatIf> kept = new LinkedHashMap<>();

    public WhatIfService(Xeploai xeploai, RunService runs, RunFolders folders, UploadedFiles uploads, PackZip zips,
                         RunFailures failures, MessageSource messages, Clock clock) {
        this.xeploai = xeploai;
        this.runs = runs;
        this.folders = folders;
        this.uploads = uploads;
        this.zips = zips;
        this.failures = failures;
        this.messages = messages;
        this.clock = clock;
    }

    /** A baseline that can be chosen for a year: the packaged packs that cover it, the one in force first. */
    public List<String> baselines(int year) {
        List<String> names = new ArrayList<>();
        try {
            names.add(xeploai.packs().nameForYear(year));
        } catch (RuntimeException none) {
            // no pack for the year: the what-if will say so
        }
        xeploai.packs().list().stream().filter(p -> p.years().contains(year)).map(p -> p.name())
                .filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    /** The runs whose input files are still kept, so that a what-if can reuse them. */
    public List<Run> runsWithInput() {
        return runs.page(0, 100).stream().filter(r -> r.succeeded() && !r.uploadsDeleted()
                && Files.isDirectory(folders.input(r.id()))).toList();
    }

    /** The diff of an existing run's input under {@code baseline} (or the year's pack) and the uploaded pack. */
    public WhatIf onRun(String user, String runId, String baseline, MultipartFile pack, Locale locale) {
        Run run = runs.get(runId);
        Path input = folders.input(run.id());
        if (!run.succeeded() || run.uploadsDeleted() || !Files.isDirectory(input)) {
            throw reject(HttpStatus.CONFLICT, "whatif-input-gone", "whatif.error.input_gone");
        }
        return diff(user, run.id(), run.year(), baseline, pack, locale, work -> input);
    }

    /** The diff of freshly uploaded input files (as for a run) under the baseline and the uploaded pack. */
    public WhatIf onUpload(String user, int year, List<MultipartFile> files, String baseline, MultipartFile pack,
                           Locale locale) {
        UploadedFiles.Selection selection = uploads.select(files);
        return diff(user, null, year, baseline, pack, locale, work -> {
            Path input = createDirectories(work.resolve("input"));
            uploads.store(selection, input);
            return input;
        });
    }

    public Optional<WhatIf> find(String id) {
        synchronized (kept) {
            return Optional.ofNullable(kept.get(checked(id)));
        }
    }

    public WhatIf get(String id) {
        return find(id).orElseThrow(() -> new RunNotFoundException(String.valueOf(id)));
    }

    /** A diff file of a what-if, by one of the names the engine writes; never a path from the request. */
    public Path file(String id, String name) {
        WhatIf whatIf = get(id);
        String known = List.of(DiffFiles.CHANGES, DiffFiles.SUMMARY, DiffFiles.TARGETS, DiffFiles.HTML).stream()
                .filter(n -> n.equals(name)).findFirst().orElseThrow(() -> new RunNotFoundException(id + "/" + name));
        Path path = whatIf.output().resolve(known);
        if (!Files.isRegularFile(path)) {
            throw new RunNotFoundException(id + "/" + name);
        }
        return path;
    }

    private interface InputSource {
        Path prepare(Path work);
    }

    private WhatIf diff(String user, String runId, int year, String baseline, MultipartFile packUpload, Locale locale,
                        InputSource source) {
        String id = UUID.randomUUID().toString();
        Path work = root().resolve(id);
        boolean turn = false;
        try {
            RulePack a = baseline(year, baseline);
            Path packFolder = createDirectories(work.resolve("pack"));
            Path packRoot = zips.unpack(packUpload, packFolder);
            RulePack b = load(packRoot, packFolder, locale);
            if (!b.descriptor().years().contains(year)) {
                throw reject(HttpStatus.UNPROCESSABLE_CONTENT, "pack-not-for-year", "whatif.error.pack_not_for_year",
                        b.name(), String.valueOf(b.descriptor().years()), String.valueOf(year));
            }
            Path input = source.prepare(work);
            turn = turns.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
            if (!turn) {
                throw reject(HttpStatus.SERVICE_UNAVAILABLE, "whatif-busy", "whatif.error.busy");
            }
            PackDiff diff = xeploai.diff(year, input, a, b);
            Path output = work.resolve("output");
            xeploai.writeDiff(diff, output, Languages.lang(locale));
            WhatIf whatIf = new WhatIf(id, user, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                    runId, year, diff, output);
            keep(whatIf);
            return whatIf;
        } catch (RunRejectedException e) {
            deleteQuietly(work);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(work);
            throw reject(HttpStatus.SERVICE_UNAVAILABLE, "whatif-busy", "whatif.error.busy");
        } catch (RuntimeException e) {
            deleteQuietly(work);
            throw new RunRejectedException(failures.of(e));
        } finally {
            if (turn) {
                turns.release();
            }
            deleteQuietly(work.resolve("pack"));
            deleteQuietly(work.resolve("input"));
        }
    }

    private RulePack baseline(int year, String name) {
        List<String> allowed = baselines(year);
        if (allowed.isEmpty()) {
            xeploai.packForYear(year); // throws NoPackForYearException, which RunFailures words with the years
        }
        if (name == null || name.isBlank()) {
            return xeploai.packForYear(year);
        }
        if (!allowed.contains(name)) {
            throw reject(HttpStatus.UNPROCESSABLE_CONTENT, "baseline-unknown", "whatif.error.baseline",
                    name, String.join(", ", allowed));
        }
        return xeploai.packs().get(name);
    }

    /** The edited pack; its problems as {@code xeploai validate} prints them, file names relative to the zip. */
    private RulePack load(Path packRoot, Path packFolder, Locale locale) {
        try {
            return xeploai.loadPack(packRoot);
        } catch (RulePackException e) {
            Messages words = Messages.of(Languages.lang(locale));
            String prefix = packFolder.toAbsolutePath().normalize() + java.io.File.separator;
            List<String> problems = e.problems().stream().map(p -> p.describe(words).replace(prefix, "")).toList();
            PackProblem first = e.problems().isEmpty() ? null : e.problems().get(0);
            String file = first == null || first.file() == null ? null : first.file().replace(prefix, "");
            throw new RunRejectedException(new RunFailure(HttpStatus.UNPROCESSABLE_CONTENT, "rule-pack-invalid",
                    file, first == null ? 0 : first.line(), null,
                    LocalizedText.web(messages, "whatif.error.pack_invalid", e.problems().size()), problems));
        }
    }

    private void keep(WhatIf whatIf) {
        List<WhatIf> dropped = new ArrayList<>();
        synchronized (kept) {
            kept.put(whatIf.id(), whatIf);
            var it = kept.values().iterator();
            while (kept.size() > KEPT && it.hasNext()) {
                dropped.add(it.next());
                it.remove();
            }
        }
        dropped.forEach(w -> deleteQuietly(root().resolve(w.id())));
    }

    @PreDestroy
    void deleteAll() {
        deleteQuietly(root());
    }

    private Path root() {
        return folders.root().resolve("whatif");
    }

    private static String checked(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RunNotFoundException(String.valueOf(id));
        }
    }

    private static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not delete what-if folder {}: {}", folder, e.toString());
        }
    }

    private RunRejectedException reject(HttpStatus status, String code, String key, Object... args) {
        return new RunRejectedException(new RunFailure(status, code, null, LocalizedText.web(messages, key, args)));
    }
}
