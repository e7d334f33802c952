package org.xeploai.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.Xeploai;
import org.xeploai.engine.generate.InputGenerator;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.partition.PartitionedRun;
import org.xeploai.i18n.Lang;
import org.xeploai.rules.PackCopier;
import org.xeploai.rules.PackFiles;
import org.xeploai.rules.RulePack;
import org.xeploai.rules.RulePackRegistry;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The national-scale benchmark (docs/benchmarks.md, {@code bench/run}). On the same generated files at each size it
 * runs, each in a fresh JVM so that peak memory is its own: the engine end to end (pack build, read, classify,
 * write); (a) the lower bound, reading and writing the same CSV files with Commons CSV and nothing else; (b) a
 * straightforward hand-written Java classifier of the generation-1 member and organization rules, without Drools.
 * Then the build of each packaged pack (first build in a fresh JVM, then a later build) and of a pack with 500
 * generated rules. It prints the table and the ratios and writes them into docs/benchmarks.md between markers.
 *
 * <pre>
 * Benchmark [--base N] [--scales 1,4,16] [--year 2022] [--work DIR] [--doc FILE] [--xmx 8g] [--no-doc] [--no-packs] [--partition-size N]
 * </pre>
 */
public final class Benchmark {
    static final String START = "<!-- bench:start -->";
    static final String END = "<!-- bench:end -->";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("child-")) {
            Children.run(args);
            return;
        }
        Options o = Options.parse(args);
        String report = new Benchmark(o).run();
        System.out.println(report);
        if (o.doc != null) {
            writeDoc(o.doc, report);
            System.out.println("Written to " + o.doc);
        }
    }

    record Options(long base, List<Integer> scales, int year, Path work, Path doc, String xmx, boolean packs,
                   int partitionSize) {
        static Options parse(String[] args) {
            long base = 60_000;
            List<Integer> scales = List.of(1, 4, 16);
            int year = 2022;
            Path work = Path.of(System.getProperty("java.io.tmpdir"), "xeploai-bench");
            Path doc = Path.of("docs/benchmarks.md");
            String xmx = "8g";
            boolean packs = true;
            int partitionSize = -1;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--base" -> base = Long.parseLong(args[++i]);
                    case "--scales" -> scales = Stream.of(args[++i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                    case "--year" -> year = Integer.parseInt(args[++i]);
                    case "--work" -> work = Path.of(args[++i]);
                    case "--doc" -> doc = Path.of(args[++i]);
                    case "--no-doc" -> doc = null;
                    case "--xmx" -> xmx = args[++i];
                    case "--no-packs" -> packs = false;
                    case "--partition-size" -> partitionSize = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --base N --scales 1,4,16 --year Y --work DIR --doc FILE|--no-doc --xmx 8g --no-packs"
                            + " --partition-size N");
                }
            }
            return new Options(base, scales, year, work, doc, xmx, packs, partitionSize);
        }
    }

    private final Options o;

    Benchmark(Options o) {
        this.o = o;
    }

    String run() throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("Run on ").append(LocalDate.now()).append(": `bench/run --base ").append(o.base).append(" --scales ")
                .append(String.join(",", o.scales.stream().map(String::valueOf).toList())).append(" --year ")
                .append(o.year).append(o.partitionSize >= 0 ? " --partition-size " + o.partitionSize : "")
                .append(" --xmx ").append(o.xmx).append("`: each measurement in its own JVM with `-Xmx").append(o.xmx)
                .append("`; the engine partitions as `xeploai classify` does")
                .append(o.partitionSize >= 0 ? " with `--partition-size " + o.partitionSize + "`" : " by default")
                .append(" (mode column).\n\n");
        md.append(Machine.describe()).append("\n");
        md.append("| size | members | input rows | generate s | mode | engine s (build + read & classify + write) | rows/s | peak RSS MB | peak heap MB | lower bound (a) s | rows/s | peak RSS MB | hand-written (b) s | engine ÷ (a) | engine without build ÷ (a) | read & classify ÷ (b) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<Map<String, String>> engines = new ArrayList<>();
        for (int scale : o.scales) {
            long members = o.base * scale;
            Path data = o.work.resolve("in-" + members);
            long g0 = System.nanoTime();
            InputGenerator.Stats stats = new InputGenerator(members, InputGenerator.DEFAULT_SEED, o.year).writeTo(data);
            double gen = seconds(System.nanoTime() - g0);
            Map<String, String> e = child("child-engine", data.toString(), Integer.toString(o.year),
                    o.work.resolve("out-engine-" + members).toString(), "", Integer.toString(o.partitionSize));
            Map<String, String> a = child("child-lower", data.toString(), o.work.resolve("out-lower-" + members).toString());
            Map<String, String> b = child("child-hand", data.toString(), o.work.resolve("out-hand-" + members).toString(),
                    Integer.toString(o.year));
            engines.add(e);
            double engine = d(e, "total");
            double engineNoBuild = engine - d(e, "build");
            double lower = d(a, "total");
            double hand = d(b, "total");
            long rows = Long.parseLong(e.get("rows"));
            md.append(String.format(Locale.ROOT,
                    "| %d× | %,d | %,d | %.1f | %s | %.1f (%.1f + %.1f + %.1f) | %,.0f | %s | %s | %.1f | %,.0f | %s | %.1f | %.1f | %.1f | %.1f |%n",
                    scale, stats.members(), rows, gen, mode(e), engine, d(e, "build"), d(e, "classify"), d(e, "write"),
                    rows / engine, e.get("rss"), e.get("heap"), lower, rows / lower, a.get("rss"), hand,
                    engine / lower, engineNoBuild / lower, d(e, "classify") / hand));
            System.err.println(md);
        }
        if (engines.size() >= 2) {
            Map<String, String> first = engines.get(0);
            Map<String, String> last = engines.get(engines.size() - 1);
            double rowsRatio = Double.parseDouble(last.get("rows")) / Double.parseDouble(first.get("rows"));
            double timeRatio = (d(last, "total") - d(last, "build")) / (d(first, "total") - d(first, "build"));
            md.append(String.format(Locale.ROOT, "%nLinearity: %.1f× the rows took %.2f× the time without the pack build"
                    + " (1.00 per row is linear).%n", rowsRatio, timeRatio / rowsRatio));
        }
        if (o.packs) {
            md.append("\n| pack | rules | first build in a fresh JVM s | later build s |\n|---|---|---|---|\n");
            for (String name : RulePackRegistry.packaged().names()) {
                Map<String, String> p = child("child-pack", name);
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f |%n", name, p.get("rules"), d(p, "first"), d(p, "later")));
            }
            Path big = o.work.resolve("pack-500");
            Generated500.write(big, 500);
            Map<String, String> p = child("child-pack", big.toString());
            md.append(String.format(Locale.ROOT, "| qd132-hd21 + 500 generated rules | %s | %.2f | %.2f |%n", p.get("rules"),
                    d(p, "first"), d(p, "later")));
            Path data = o.work.resolve("in-" + o.base * o.scales.get(0));
            Map<String, String> e = child("child-engine", data.toString(), Integer.toString(o.year),
                    o.work.resolve("out-engine-500").toString(), big.toString(), Integer.toString(o.partitionSize));
            md.append(String.format(Locale.ROOT, "%nThe same run with the 500-rule pack at %d×: %.1f s (%.1f build + %.1f read & classify + %.1f write), %s, peak RSS %s MB.%n",
                    o.scales.get(0), d(e, "total"), d(e, "build"), d(e, "classify"), d(e, "write"), mode(e), e.get("rss")));
        }
        return md.toString();
    }

    /** How the engine ran: in memory, or partition by partition (docs/benchmarks.md). */
    private static String mode(Map<String, String> engine) {
        int size = Integer.parseInt(engine.get("partition_size"));
        return size == 0 ? "in memory" : String.format(Locale.ROOT, "%,d partitions of %,d organizations",
                Integer.parseInt(engine.get("partitions")), size);
    }

    private static double d(Map<String, String> m, String key) {
        return Double.parseDouble(m.get(key));
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Runs one measurement in a fresh JVM and parses its last line, {@code RESULT key=value ...}. */
    private Map<String, String> child(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + o.xmx, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Benchmark.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                all.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        int code = p.waitFor();
        if (code != 0 || result == null) {
            throw new IllegalStateException(String.join(" ", args) + " failed (exit " + code + "):\n" + all);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : result.substring(7).trim().split(" ")) {
            int eq = kv.indexOf('=');
            out.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        System.err.println(String.join(" ", args) + " -> " + out);
        return out;
    }

    static void writeDoc(Path doc, String report) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n\n" + START + "\n" + END + "\n";
        int s = text.indexOf(START);
        int e = text.indexOf(END);
        if (s < 0 || e < s) {
            text = text + "\n" + START + "\n" + END + "\n";
            s = text.indexOf(START);
            e = text.indexOf(END);
        }
        text = text.substring(0, s + START.length()) + "\n" + report + "\n" + text.substring(e);
        Files.createDirectories(doc.toAbsolutePath().getParent());
        Files.writeString(doc, text);
    }

    /** The measurements, each run in its own JVM by {@link #child}. */
    static final class Children {
        static void run(String[] args) throws Exception {
            PeakMemory peak = PeakMemory.start();
            String line = switch (args[0]) {
                case "child-engine" -> engine(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                        !args[4].isEmpty() ? Path.of(args[4]) : null, Integer.parseInt(args[5]));
                case "child-lower" -> "total=" + fmt(LowerBound.copy(Path.of(args[1]), Path.of(args[2])));
                case "child-hand" -> "total=" + fmt(HandClassifier.run(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3])));
                case "child-pack" -> pack(args[1]);
                default -> throw new IllegalArgumentException(args[0]);
            };
            System.out.println("RESULT " + line + " " + peak.stop());
        }

        /**
         * The engine end to end as {@code xeploai classify} runs it: in memory, or partition by partition (reading and
         * classifying interleave, so they are timed together in both modes).
         */
        static String engine(Path in, int year, Path out, Path rules, int partitionSize) {
            long t0 = System.nanoTime();
            Xeploai xeploai = Xeploai.create();
            RulePack pack = rules == null ? xeploai.packForYear(year) : xeploai.loadPack(rules);
            int size = partitionSize >= 0 ? partitionSize : PartitionedRun.suggestedPartitionSize(in);
            long t1 = System.nanoTime();
            long t2;
            long t3;
            ClassificationResult result;
            InputData input;
            int partitions = 1;
            if (size > 0) {
                try (PartitionedRun run = xeploai.classifyInPartitions(year, in, pack, ProgressListener.NONE, size)) {
                    t2 = System.nanoTime();
                    result = run.result();
                    input = run.input();
                    partitions = run.partitions();
                    xeploai.write(result, out, Lang.VI);
                    t3 = System.nanoTime();
                }
            } else {
                input = xeploai.read(in, pack);
                result = xeploai.classify(year, input, pack);
                t2 = System.nanoTime();
                xeploai.write(result, out, Lang.VI);
                t3 = System.nanoTime();
            }
            long rows = input.rowsRead().values().stream().mapToLong(Long::longValue).sum();
            return "build=" + fmt(seconds(t1 - t0)) + " classify=" + fmt(seconds(t2 - t1)) + " write=" + fmt(seconds(t3 - t2))
                    + " total=" + fmt(seconds(t3 - t0)) + " rows=" + rows + " members=" + result.members().size()
                    + " partition_size=" + size + " partitions=" + partitions;
        }

        static String pack(String nameOrDir) {
            boolean dir = Files.isDirectory(Path.of(nameOrDir));
            long t0 = System.nanoTime();
            RulePack first = dir ? RulePack.load(PackFiles.directory(Path.of(nameOrDir)))
                    : RulePackRegistry.packaged().get(nameOrDir);
            long t1 = System.nanoTime();
            RulePack later = RulePack.load(first.files());
            long t2 = System.nanoTime();
            return "rules=" + later.rules().size() + " first=" + fmt(seconds(t1 - t0)) + " later=" + fmt(seconds(t2 - t1));
        }

        private static String fmt(double s) {
            return String.format(Locale.ROOT, "%.3f", s);
        }
    }

    /** Peak resident set (VmHWM) and peak heap in use, sampled every 10 ms. */
    static final class PeakMemory {
        private volatile boolean running = true;
        private volatile long peakHeap;
        private Thread thread;

        static PeakMemory start() {
            PeakMemory p = new PeakMemory();
            p.thread = new Thread(() -> {
                Runtime rt = Runtime.getRuntime();
                while (p.running) {
                    p.peakHeap = Math.max(p.peakHeap, rt.totalMemory() - rt.freeMemory());
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "peak-memory");
            p.thread.setDaemon(true);
            p.thread.start();
            return p;
        }

        String stop() {
            running = false;
            long rssKb = 0;
            try {
                for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (l.startsWith("VmHWM:")) {
                        rssKb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // not Linux: RSS unknown
            }
            return "rss=" + rssKb / 1024 + " heap=" + peakHeap / (1024 * 1024);
        }
    }

    /** (a) Read every CSV file of the folder with Commons CSV and write every record to a file of the same name. */
    static final class LowerBound {
        static double copy(Path in, Path out) throws IOException {
            long t0 = System.nanoTime();
            Files.createDirectories(out);
            List<Path> files;
            try (Stream<Path> s = Files.list(in)) {
                files = s.filter(p -> p.toString().endsWith(".csv")).sorted(Comparator.naturalOrder()).toList();
            }
            for (Path f : files) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                     CSVParser parser = CSVFormat.RFC4180.parse(r);
                     Writer w = new BufferedWriter(Files.newBufferedWriter(out.resolve(f.getFileName()), StandardCharsets.UTF_8), 1 << 16);
                     CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
                    for (CSVRecord record : parser) {
                        printer.printRecord(record);
                    }
                }
            }
            return seconds(System.nanoTime() - t0);
        }
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A copy of qd132-hd21 with one more rule file of {@code n} rules that never fire but are evaluated. */
    static final class Generated500 {
        static void write(Path dir, int n) throws IOException {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            RulePack base = RulePackRegistry.packaged().get("qd132-hd21");
            PackCopier.copy(base.files(), dir);
            StringBuilder drl = new StringBuilder("package xeploai.qd132hd21;\n\nimport org.xeploai.model.Member;\n"
                    + "import org.xeploai.model.Organization;\nimport org.xeploai.rules.Findings;\n\n");
            for (int i = 0; i < n; i++) {
                String type = i % 5 == 4 ? "Organization" : "Member";
                String condition = type.equals("Member")
                        ? "tasks != null, tasks.total == " + (10_000 + i)
                        : "orgId == \"NO-SUCH-ORG-" + i + "\"";
                drl.append("rule \"GEN-").append(i).append("\"\n    @reference(\"HD21 Mục II.B\")\n    @title(\"generated ")
                        .append(i).append("\")\nwhen\n    $x : ").append(type).append("( ").append(condition)
                        .append(" )\nthen\n    Findings.unmet(kcontext, $x, null, \"generated\");\nend\n\n");
            }
            writeFile(dir.resolve("member/generated.drl"), drl.toString());
            Path yaml = dir.resolve("pack.yaml");
            String text = Files.readString(yaml);
            text = text.replace("  - collective/collective.drl\n", "  - collective/collective.drl\n  - member/generated.drl\n");
            Files.writeString(yaml, text);
        }
    }
}
