package org.xeploai.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reference point (b): a straightforward hand-written classifier of the generation-1 member rules (QĐ 132 with
 * HD 21 II.B.2.3: the knock-outs, the conditions of HTXSNV, HTTNV and HTNV on the three graded criteria, the civil
 * service cap, eligibility) and the organizations' two graded criteria, without Drools: read members.csv and
 * organizations.csv with Commons CSV, decide each row with plain Java, write one row per subject with its level and
 * the ids of the conditions it missed. No quota, decisions, collectives or summaries: what a programmer writes first.
 */
final class HandClassifier {
    private HandClassifier() {
    }

    static double run(Path in, Path out, int year) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(out);
        LocalDate sixMonths = LocalDate.of(year, 12, 31).minusMonths(6);
        try (Reader r = Files.newBufferedReader(in.resolve("members.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
             Writer w = new BufferedWriter(Files.newBufferedWriter(out.resolve("members.csv"), StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("member_id", "org_id", "status", "level", "reasons");
            for (CSVRecord m : parser) {
                List<String> reasons = new ArrayList<>(4);
                String status = m.get("status");
                String level;
                LocalDate admitted = date(m.get("admitted_on"));
                if (!status.isEmpty() && !status.equals("ACTIVE") || admitted != null && admitted.isAfter(sixMonths)) {
                    p.printRecord(m.get("member_id"), m.get("org_id"), "NOT_CLASSIFIED", "", "R-ELIGIBILITY");
                    continue;
                }
                int ethics = grade(m.get("grade_politics_ethics"));
                int discipline = grade(m.get("grade_discipline"));
                int tasks = grade(m.get("grade_tasks"));
                boolean civil = Boolean.parseBoolean(m.get("civil_servant"));
                String job = m.get("job_rating");
                int total = integer(m.get("tasks_total"));
                int notDone = integer(m.get("tasks_not_done"));
                if (Boolean.parseBoolean(m.get("degradation"))) {
                    reasons.add("R1-MEM-KO1");
                }
                if (total > 0 && (total - notDone) * 2 < total) {
                    reasons.add("R1-MEM-KO2");
                }
                if (civil && job.equals("KHTNV")) {
                    reasons.add("R1-MEM-KO3");
                }
                if (!m.get("discipline").isEmpty()) {
                    reasons.add("R1-MEM-KO4");
                }
                if (!reasons.isEmpty() || ethics == 3 || discipline == 3 || tasks == 3) {
                    level = "KHTNV";
                } else if (tasks == 0 && ethics <= 1 && discipline <= 1 && (!civil || job.equals("HTXSNV"))
                        && Boolean.parseBoolean(m.get("outstanding"))) {
                    level = "HTXSNV";
                } else if (tasks <= 1 && ethics <= 1 && discipline <= 1 && !(civil && (job.equals("HTNV") || job.equals("KHTNV")))) {
                    level = "HTTNV";
                    reasons.add("R1-MEM-XS");
                } else {
                    level = "HTNV";
                    reasons.add("R1-MEM-T");
                }
                p.printRecord(m.get("member_id"), m.get("org_id"), "CLASSIFIED", level, String.join(";", reasons));
            }
        }
        try (Reader r = Files.newBufferedReader(in.resolve("organizations.csv"), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
             Writer w = new BufferedWriter(Files.newBufferedWriter(out.resolve("organizations.csv"), StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("org_id", "type", "level");
            for (CSVRecord o : parser) {
                if (o.get("type").equals("SUPERIOR")) {
                    continue;
                }
                int worst = Math.max(grade(o.get("grade_political_task")), grade(o.get("grade_party_building")));
                boolean ko = !o.get("collective_discipline").isEmpty() || Boolean.parseBoolean(o.get("disunity"));
                p.printRecord(o.get("org_id"), o.get("type"), ko || worst == 3 ? "KHTNV"
                        : worst == 0 && Boolean.parseBoolean(o.get("outstanding")) ? "HTXSNV" : worst <= 1 ? "HTTNV" : "HTNV");
            }
        }
        return Benchmark.seconds(System.nanoTime() - t0);
    }

    private static int grade(String g) {
        return switch (g) {
            case "XS" -> 0;
            case "T" -> 1;
            case "TB" -> 2;
            default -> 3;
        };
    }

    private static int integer(String s) {
        try {
            return s.isEmpty() ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate date(String s) {
        try {
            return s.isEmpty() ? null : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
