package org.xeploai.webui.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.input.InputData;
import org.xeploai.i18n.Lang;
import org.xeploai.rules.NoPackForYearException;
import org.xeploai.rules.RulePack;
import org.xeploai.webui.results.ResultRepository;
import org.xeploai.webui.system.Languages;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Month;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes runs and finds them again. Starting a run checks the upload, the year and every input file at once (so
 * that a bad upload is refused with its file, line and column before anything is kept); the classification itself,
 * the output files and the saving of the results then go on in the background, reporting progress.
 */
@Service
public class RunService {
    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    private final Xeploai xeploai;
    private final RunRepository runs;
    private final ResultRepository results;
    private final UploadedFiles uploads;
    private final RunFolders folders;
    private final RunFailures failures;
    private final RunProgress progress;
    private final TaskExecutor executor;
    private final Clock clock;
    private final XeploaiWebProperties properties;

    public RunService(Xeploai xeploai, RunRepository runs, ResultRepository results, UploadedFiles uploads,
                      RunFolders folders, RunFailures failures, RunProgress progress,
                      @Qualifier("runExecutor") TaskExecutor executor, Clock clock, XeploaiWebProperties properties) {
        this.xeploai = xeploai;
        this.runs = runs;
        this.results = results;
        this.uploads = uploads;
        this.folders = folders;
        this.failures = failures;
        this.progress = progress;
        this.executor = executor;
        this.clock = clock;
        this.properties = properties;
    }

    /** An evaluation year that can be chosen, with the pack in force for it. */
    public record YearChoice(int year, String pack) {
    }

    /** Every year a packaged pack covers, up to the current one, latest first. */
    public List<YearChoice> years() {
        int current = Year.now(clock).getValue();
        int first = xeploai.packs().list().stream().mapToInt(p -> p.years().from()).min().orElse(current);
        List<YearChoice> years = new ArrayList<>();
        for (int year = current; year >= first; year--) {
            try {
                years.add(new YearChoice(year, xeploai.packs().nameForYear(year)));
            } catch (NoPackForYearException none) {
                // a gap between packs: not offered
            }
        }
        return years;
    }

    /** The year offered first: the current one in December, when committees classify it, else the one before. */
    public int defaultYear() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return now.getMonth() == Month.DECEMBER ? now.getYear() : now.getYear() - 1;
    }

    /**
     * Checks the upload, stores it under the engine's file names, reads it with the pack in force for the year and
     * starts classifying in the background.
     *
     * @throws RunRejectedException when the upload cannot become a run (nothing is kept then)
     */
    public Run start(String user, int year, List<MultipartFile> files, Locale locale) {
        UploadedFiles.Selection selection = uploads.select(files);
        String id = UUID.randomUUID().toString();
        try {
            RulePack pack = xeploai.packForYear(year);
            Path input = folders.createInput(id);
            List<RunInput> inputs = uploads.store(selection, input);
            InputData data = xeploai.read(input, pack);
            Lang lang = Languages.lang(locale);
            Run run = new Run(id, user, RunRepository.utc(clock.instant()), null, year,
                    lang.name().toLowerCase(Locale.ROOT), RunState.RUNNING, pack.name(), pack.version(), pack.hash(),
                    selection.ignored(), null, false);
            runs.insert(run, inputs);
            RunProgress.Tracker tracker = progress.start(id);
            executor.execute(() -> classify(run, data, pack, lang, tracker));
            return run;
        } catch (RuntimeException e) {
            deleteQuietly(id);
            throw new RunRejectedException(failures.of(e));
        }
    }

    private void classify(Run run, InputData data, RulePack pack, Lang lang, RunProgress.Tracker tracker) {
        String id = run.id();
        try {
            tracker.phase(RunProgress.Phase.CLASSIFYING);
            ClassificationResult result = xeploai.classify(run.year(), data, pack, tracker);
            tracker.phase(RunProgress.Phase.WRITING);
            Path output = folders.output(id);
            xeploai.write(result, output, lang);
            List<RunFile> files = describe(output);
            tracker.phase(RunProgress.Phase.SAVING);
            results.saveScopes(id, ResultRepository.Scope.of(data.organizations()));
            results.save(id, result);
            runs.succeeded(id, clock.instant(), files);
        } catch (RuntimeException | Error e) {
            LOG.warn("run {} failed: {}", id, e.toString());
            RunFailure failure = failures.of(e);
            try {
                results.deleteResults(id);
            } finally {
                runs.failed(id, clock.instant(), failure.message());
            }
        } finally {
            progress.finish(id);
            if (properties.retention().uploads().isZero()) {
                folders.deleteInput(id);
                runs.uploadsDeleted(id);
            }
        }
    }

    /** Waits up to {@code timeout} for the run to end, then returns it as it stands. */
    public Run await(String id, Duration timeout) {
        progress.await(RunFolders.checked(id), timeout);
        return get(id);
    }

    public Run get(String id) {
        return runs.find(RunFolders.checked(id)).orElseThrow(() -> new RunNotFoundException(id));
    }

    /** How far the run is: the phase and the grassroots organizations done, while it runs. */
    public Optional<RunProgress.Snapshot> progress(String id) {
        return progress.of(RunFolders.checked(id));
    }

    public List<Run> page(int page, int size) {
        return runs.page(Math.max(0, page), size);
    }

    public long count() {
        return runs.count();
    }

    public List<RunInput> inputs(String id) {
        return runs.inputs(get(id).id());
    }

    public List<RunFile> files(String id) {
        return runs.files(get(id).id());
    }

    /**
     * An output file of the run. {@code name} is only looked up among the names the run recorded; the path is made
     * from the recorded name, never from the request.
     */
    public Path file(String id, String name) {
        Run run = get(id);
        RunFile file = runs.files(run.id()).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new RunNotFoundException(id + "/" + name));
        Path path = folders.output(run.id()).resolve(file.name());
        if (!Files.isRegularFile(path)) {
            throw new RunNotFoundException(id + "/" + name);
        }
        return path;
    }

    /** Every output file of the run in one zip, in name order. */
    public void zip(String id, OutputStream out) throws IOException {
        Run run = get(id);
        List<RunFile> files = runs.files(run.id());
        if (files.isEmpty()) {
            throw new RunNotFoundException(id + "/files.zip");
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (RunFile file : files) {
                Path path = folders.output(run.id()).resolve(file.name());
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(file.name()));
                Files.copy(path, zip);
                zip.closeEntry();
            }
        }
    }

    /** A run left RUNNING by a stopped server will never end: it failed. */
    @EventListener(ApplicationReadyEvent.class)
    public void failInterruptedRuns() {
        for (Run run : runs.running()) {
            if (progress.of(run.id()).isEmpty()) {
                runs.failed(run.id(), clock.instant(), failures.interrupted());
            }
        }
    }

    private void deleteQuietly(String id) {
        try {
            folders.delete(id);
        } catch (RuntimeException e) {
            LOG.warn("could not delete the folder of refused upload {}: {}", id, e.toString());
        }
    }

    private static List<RunFile> describe(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            List<RunFile> files = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new RunFile(path.getFileName().toString(), Files.size(path), sha256(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path path) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
