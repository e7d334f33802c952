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
                    problems.add(PackProblem.of(where, 1, "pack.parameters.column_missing", column));
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
                    problems.add(PackProblem.of(where, line, "pack.parameters.twice", p.name()));
                }
                if (p.reference().isEmpty()) {
                    problems.add(PackProblem.of(where, line, "pack.parameters.no_reference", p.name()));
                }
                check(p, where).ifPresent(problems::add);
                byName.put(p.name(), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            problems.add(PackProblem.of(where, 0, "pack.parameters.unreadable", String.valueOf(e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return new Parameters(byName);
    }

    /** Why the value is not allowed, if it is not. */
    static java.util.Optional<PackProblem> check(Parameter p, String where) {
        String allowed = p.allowed().strip();
        if (allowed.isEmpty()) {
            return java.util.Optional.empty();
        }
        Matcher range = RANGE.matcher(allowed);
        if (range.matches()) {
            try {
                BigDecimal v = new BigDecimal(p.value());
                if (v.compareTo(new BigDecimal(range.group(1))) < 0 || v.compareTo(new BigDecimal(range.group(2))) > 0) {
                    return java.util.Optional.of(PackProblem.of(where, p.line(), "pack.parameters.out_of_range", p.name(), p.value(), allowed));
                }
                return java.util.Optional.empty();
            } catch (NumberFormatException e) {
                return java.util.Optional.of(PackProblem.of(where, p.line(), "pack.parameters.not_number", p.name(), p.value(), allowed));
            }
        }
        for (String option : allowed.split("\\|")) {
            if (option.strip().equalsIgnoreCase(p.value())) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(PackProblem.of(where, p.line(), "pack.parameters.not_allowed", p.name(), p.value(), allowed));
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
