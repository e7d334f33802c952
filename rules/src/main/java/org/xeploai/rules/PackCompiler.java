package org.xeploai.rules;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a pack's rule files into one {@link KieBase} with Drools' classic compiler, the one packs run with
 * (Drools 10.2's executable model fails on record components of boxed or decimal type: docs/architecture.md).
 * Any message from the build, error or warning, refuses the pack with its file and line; so does a file that
 * contributes no rule.
 */
final class PackCompiler {
    private static final String ROOT = "src/main/resources/rulepacks/";
    /** A rule file shared between packs is listed as {@code ../common/x.drl}; the build tree may not go up. */
    private static final String UP = "../";
    private static final String UP_IN_BUILD = "__/";

    private PackCompiler() {
    }

    static KieBase compile(String packName, Map<String, String> ruleSources, PackFiles files) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.xeploai.pack", packName, "build-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(releaseId);
        ruleSources.forEach((file, source) -> kfs.write(ROOT + packName + "/" + file.replace(UP, UP_IN_BUILD), source));
        KieBuilder builder = ks.newKieBuilder(kfs);
        try {
            builder.buildAll();
        } catch (RuntimeException e) {
            throw new RulePackException(PackProblem.of(files.describe(PackDescriptor.FILE), 0,
                    "pack.problem.compile_failed", String.valueOf(e.getMessage())));
        }
        List<PackProblem> problems = new ArrayList<>();
        boolean realError = builder.getResults().getMessages().stream().anyMatch(m -> !isNullPackageNoise(m));
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            if (realError && isNullPackageNoise(m)) {
                continue;
            }
            String file = m.getPath() == null ? PackDescriptor.FILE : packFile(m.getPath(), packName).orElse(m.getPath());
            int line = m.getLine() > 0 ? m.getLine() : locate(ruleSources.get(file), m.getText());
            problems.add(new PackProblem(files.describe(file), line, m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase base = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        checkEveryFileHasRules(base, packName, ruleSources.keySet(), files);
        return base;
    }

    private static final java.util.regex.Pattern QUOTED_EXPRESSION = java.util.regex.Pattern.compile(
            "Unable to Analyse Expression (.+?):\\s*$|Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}",
            java.util.regex.Pattern.MULTILINE);

    /**
     * The line of a message Drools gives without one (line -1 for a constant it cannot resolve, for instance): the
     * first line of the file holding the expression the message quotes; 0 when nothing is quoted.
     */
    static int locate(String source, String message) {
        if (source == null || message == null) {
            return 0;
        }
        java.util.regex.Matcher m = QUOTED_EXPRESSION.matcher(message);
        while (m.find()) {
            String expression = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            String[] lines = source.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!expression.isEmpty() && lines[i].contains(expression)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static boolean isNullPackageNoise(Message m) {
        return m.getText() != null && m.getText().contains("Parser returned a null Package");
    }

    private static void checkEveryFileHasRules(KieBase base, String packName, java.util.Set<String> ruleFiles,
                                               PackFiles files) {
        Map<String, Integer> rulesPerFile = new HashMap<>();
        ruleFiles.forEach(f -> rulesPerFile.put(f, 0));
        for (Rule rule : rules(base).values()) {
            fileOf(rule, packName).ifPresent(file -> rulesPerFile.computeIfPresent(file, (f, n) -> n + 1));
        }
        List<PackProblem> problems = new ArrayList<>();
        rulesPerFile.forEach((file, count) -> {
            if (count == 0) {
                problems.add(PackProblem.of(files.describe(file), 0, "pack.problem.no_rule"));
            }
        });
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
    }

    /** The pack-relative file a rule was compiled from. */
    static java.util.Optional<String> fileOf(Rule rule, String packName) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return packFile(impl.getResource().getSourcePath(), packName);
        }
        return java.util.Optional.empty();
    }

    /** A path in the build tree (with or without its {@code src/main/resources/} prefix) as a pack-relative file. */
    private static java.util.Optional<String> packFile(String buildPath, String packName) {
        String marker = "rulepacks/" + packName + "/";
        int at = buildPath.indexOf(marker);
        return at < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(buildPath.substring(at + marker.length()).replace(UP_IN_BUILD, UP));
    }

    /** The rules of a built pack with their metadata, for hygiene checks and {@code packs show}. */
    static Map<String, Rule> rules(KieBase base) {
        Map<String, Rule> out = new java.util.TreeMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                out.put(rule.getName(), rule);
            }
        }
        return out;
    }
}
