package org.xeploai.engine;

import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.InputFolderReader;
import org.xeploai.engine.output.ResultWriter;
import org.xeploai.engine.pipeline.Pipeline;
import org.xeploai.i18n.Lang;
import org.xeploai.rules.PackFiles;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The engine's public API: choose the rule pack for a year, read a committee's input folder, classify, write the
 * results. Integrators use this class and the result records; they never touch Drools.
 * <pre>
 * Xeploai xeploai = Xeploai.create();
 * RulePack pack = xeploai.packForYear(2022);
 * ClassificationResult result = xeploai.classify(2022, xeploai.read(Path.of("input"), pack), pack);
 * xeploai.write(result, Path.of("output"), Lang.VI);
 * </pre>
 */
public final class Xeploai {
    private final RulePackRegistry registry;

    private Xeploai(RulePackRegistry registry) {
        this.registry = registry;
    }

    /** With the packaged packs and the system clock (a year after the current one has no pack). */
    public static Xeploai create() {
        return new Xeploai(RulePackRegistry.packaged());
    }

    /** With the packaged packs and a clock tests can set. */
    public static Xeploai create(Clock clock) {
        return new Xeploai(new RulePackRegistry(clock));
    }

    public RulePackRegistry packs() {
        return registry;
    }

    /** The packaged pack in force for the evaluation year; throws {@code NoPackForYearException} if none. */
    public RulePack packForYear(int year) {
        return registry.forYear(year);
    }

    /** An edited pack in a folder; throws {@code RulePackException} listing every problem. */
    public RulePack loadPack(Path directory) {
        return RulePack.load(PackFiles.directory(directory));
    }

    /** Reads {@code organizations.csv}, {@code members.csv} and, if present, {@code decisions.csv}. */
    public InputData read(Path inputDirectory, RulePack pack) {
        return InputFolderReader.read(inputDirectory, pack.descriptor());
    }

    public ClassificationResult classify(int year, InputData input, RulePack pack) {
        return classify(year, input, pack, ProgressListener.NONE);
    }

    public ClassificationResult classify(int year, InputData input, RulePack pack, ProgressListener progress) {
        return new Pipeline(pack, year).run(input, progress);
    }

    /** Writes every output file into {@code outputDirectory}, replacing files of the same names only on success. */
    public void write(ClassificationResult result, Path outputDirectory, Lang lang) {
        ResultWriter.write(result, outputDirectory, lang);
    }
}
