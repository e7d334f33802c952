package org.xeploai.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The packs shipped with xeploai, listed in {@code rulepacks/index.txt}, and the choice of the one in force for an
 * evaluation year. Each pack is compiled once, on first use, and shared.
 */
public final class RulePackRegistry {
    private static final String INDEX = "rulepacks/index.txt";
    private final Clock clock;
    private final List<String> names;
    private final Map<String, PackDescriptor> descriptors = new ConcurrentHashMap<>();
    private final Map<String, RulePack> compiled = new ConcurrentHashMap<>();

    public RulePackRegistry(Clock clock) {
        this.clock = clock;
        this.names = readIndex();
    }

    public static RulePackRegistry packaged() {
        return new RulePackRegistry(Clock.systemDefaultZone());
    }

    public List<String> names() {
        return names;
    }

    public List<PackSummary> list() {
        return names.stream().map(this::summary).toList();
    }

    public PackSummary summary(String name) {
        PackDescriptor d = descriptor(name);
        String basis = d.legalBasis().stream().map(k -> d.documents().get(k).title()).collect(Collectors.joining("; "));
        return new PackSummary(d.name(), d.version(), d.years(), d.title(), basis);
    }

    /** The packaged pack of that name, compiled. */
    public RulePack get(String name) {
        if (!names.contains(name)) {
            throw new RulePackException(PackProblem.of(name, 0, "pack.problem.no_packaged_pack", String.join(", ", names)));
        }
        return compiled.computeIfAbsent(name, n -> RulePack.load(PackFiles.packaged(n)));
    }

    /**
     * The pack in force for an evaluation year. A year before the first pack, after the current year (by this
     * registry's clock) or in no pack's range is refused, naming the years covered.
     */
    public RulePack forYear(int year) {
        return get(nameForYear(year));
    }

    public String nameForYear(int year) {
        int current = Year.now(clock).getValue();
        if (year <= current) {
            for (String name : names) {
                if (descriptor(name).years().contains(year)) {
                    return name;
                }
            }
        }
        throw new NoPackForYearException(year, coveredUpTo(current));
    }

    /** The year ranges that can be classified now: none after the current year. */
    private List<PackSummary> coveredUpTo(int current) {
        List<PackSummary> out = new ArrayList<>();
        for (PackSummary s : list()) {
            YearRange y = s.years();
            if (y.from() <= current) {
                int to = y.to() == null ? current : Math.min(y.to(), current);
                out.add(new PackSummary(s.name(), s.version(), new YearRange(y.from(), to), s.title(), s.legalBasis()));
            }
        }
        return out;
    }

    private PackDescriptor descriptor(String name) {
        return descriptors.computeIfAbsent(name, n -> {
            PackFiles files = PackFiles.packaged(n);
            String yaml = files.read(PackDescriptor.FILE).orElseThrow(() ->
                    new RulePackException(PackProblem.of(files.describe(PackDescriptor.FILE), 0, "pack.problem.pack_yaml_missing")));
            return PackDescriptor.parse(yaml, files.describe(PackDescriptor.FILE));
        });
    }

    private static List<String> readIndex() {
        try (InputStream in = RulePackRegistry.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException(INDEX + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
