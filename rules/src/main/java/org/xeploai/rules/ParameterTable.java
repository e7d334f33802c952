package org.xeploai.rules;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pack's {@code parameters.csv} (columns {@code name,value,allowed,description,reference}) and checks each
 * value against its {@code allowed} column: {@code min..max} for numbers, {@code A|B|C} for switches.
 */
final class ParameterTable {
    static final String FILE = "parameters.csv";
    private static final Pattern RANGE = Pattern.compile("(-?[0-9.]+)\\.\\.(-?[0-9.]+)");

    private ParameterTable() {
    }

    static Parameters parse(String csv, String where) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, Parameter> byName = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(csv)), format)) {
            for (String column : List.of("name", "value", "allowed", "description", "reference")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new PackProblem(where, 1, "missing column: " + column));
                }
            }
            if (!problems.isEmpty()) {
                throw new RulePackException(problems);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                Parameter p = new Parameter(record.get("name"), record.get("value"), record.get("allowed"),
                        record.get("description"), record.get("reference"), line);
                if (p.name().isEmpty()) {
                    continue;
                }
                if (byName.containsKey(p.name())) {
                    problems.add(new PackProblem(where, line, "parameter " + p.name() + " is defined twice"));
                }
                if (p.reference().isEmpty()) {
                    problems.add(new PackProblem(where, line, "parameter " + p.name() + " has no legal reference"));
                }
                check(p).ifPresent(msg -> problems.add(new PackProblem(where, line, msg)));
                byName.put(p.name(), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(new PackProblem(where, 0, "not a readable CSV table: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new Parameters(byName);
    }

    /** Why the value is not allowed, if it is not. */
    static java.util.Optional<String> check(Parameter p) {
        String allowed = p.allowed().strip();
        if (allowed.isEmpty()) {
            return java.util.Optional.empty();
        }
        Matcher range = RANGE.matcher(allowed);
        if (range.matches()) {
            try {
                BigDecimal v = new BigDecimal(p.value());
                if (v.compareTo(new BigDecimal(range.group(1))) < 0 || v.compareTo(new BigDecimal(range.group(2))) > 0) {
                    return java.util.Optional.of("parameter " + p.name() + " = " + p.value() + " is outside " + allowed);
                }
                return java.util.Optional.empty();
            } catch (NumberFormatException e) {
                return java.util.Optional.of("parameter " + p.name() + " = " + p.value() + " is not a number");
            }
        }
        for (String option : allowed.split("\\|")) {
            if (option.strip().equalsIgnoreCase(p.value())) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of("parameter " + p.name() + " = " + p.value() + " is not one of " + allowed);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
