package org.xeploai.engine.reliability;

import org.xeploai.engine.input.Decision;
import org.xeploai.model.Member;
import org.xeploai.model.Organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A committee's input as the property tests generate it: a random valid organization tree (a superior committee,
 * sometimes a second one under it, grassroots cells and committees, cells, partial committees with their cells),
 * members with random grades, statuses, task counts, discipline and heads, a few bad rows, and sometimes decisions.
 * Everything follows from the parameters, so that a failing try is reproduced by its parameters alone.
 *
 * @param organizations rows of organizations.csv without the header, in file order
 * @param members       rows of members.csv without the header, in file order
 * @param decisions     rows of decisions.csv without the header (none: no file)
 */
record Committee(List<List<String>> organizations, List<List<String>> members, List<List<String>> decisions) {
    static final List<String> ORGANIZATION_HEADER = List.of("org_id", "name", "type", "parent_id",
            "grade_political_task", "grade_party_building", "targets_met_pct");
    static final List<String> MEMBER_HEADER = List.of("member_id", "full_name", "org_id", "status", "admitted_on",
            "grade_politics_ethics", "grade_discipline", "grade_tasks", "tasks_total", "tasks_on_time",
            "tasks_exceeded", "tasks_late", "tasks_not_done", "discipline", "degradation", "outstanding",
            "leadership_role", "leads_org_id");
    static final List<String> DECISION_HEADER = List.of("subject_type", "subject_id", "level", "reason", "decided_by");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Quốc Cường", "Thị Dung", "Minh Đức", "Thu Hà",
            "Ngọc Hương", "Đức Khải", "Thị Lan", "Văn Mạnh, \"Bác\"", "=Tuấn", "-Long"};

    /** With heads. */
    static Committee generate(long seed, int grassroots, int membersPerCell, int badRows, boolean duplicates,
                              boolean withDecisions) {
        return generate(seed, grassroots, membersPerCell, badRows, duplicates, withDecisions, true);
    }

    /**
     * @param seed            the details (grades, names, order)
     * @param grassroots      grassroots organizations (1–5)
     * @param membersPerCell  the most members of one cell
     * @param badRows         member rows that must be rejected (an invalid grade, an unknown cell, a committee)
     * @param duplicates      whether bad rows may repeat an id (the first row then wins, so order matters)
     * @param withDecisions   whether decisions.csv is written
     * @param heads           whether cells and grassroots committees have a secretary (leadership_role, leads_org_id)
     */
    static Committee generate(long seed, int grassroots, int membersPerCell, int badRows, boolean duplicates,
                              boolean withDecisions, boolean heads) {
        Random random = new Random(seed);
        List<List<String>> orgs = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        List<String> committees = new ArrayList<>();
        orgs.add(List.of("S0", "Đảng bộ Khối " + seed % 97, "SUPERIOR", "", "", "", ""));
        String top = "S0";
        if (random.nextInt(4) == 0) {
            orgs.add(List.of("S1", "Đảng bộ huyện", "SUPERIOR", "S0", "", "", ""));
            top = "S1";
        }
        for (int g = 1; g <= grassroots; g++) {
            String gid = "G" + g;
            boolean committee = random.nextBoolean();
            orgs.add(org(random, gid, committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL", random.nextBoolean() ? top : "S0"));
            if (!committee) {
                holders.add(gid);
                continue;
            }
            committees.add(gid);
            int cells = 1 + random.nextInt(3);
            for (int c = 1; c <= cells; c++) {
                orgs.add(org(random, gid + "-C" + c, "CELL", gid));
                holders.add(gid + "-C" + c);
            }
            if (random.nextInt(3) == 0) {
                String pid = gid + "-P";
                orgs.add(org(random, pid, "PARTIAL_COMMITTEE", gid));
                for (int c = 1; c <= 1 + random.nextInt(2); c++) {
                    orgs.add(org(random, pid + "-C" + c, "CELL", pid));
                    holders.add(pid + "-C" + c);
                }
            }
        }
        int next = 1;
        List<String> ids = new ArrayList<>();
        for (String cell : holders) {
            int n = 1 + random.nextInt(Math.max(1, membersPerCell));
            for (int i = 0; i < n; i++) {
                String id = String.format("DV%04d", next++);
                ids.add(id);
                members.add(member(random, id, cell, heads && i == 0 && random.nextBoolean() ? cell : null));
            }
        }
        for (String committee : committees) {
            // the secretary of a grassroots committee sits in one of its cells
            String cell = holders.stream().filter(h -> h.startsWith(committee + "-")).findFirst().orElseThrow();
            String id = String.format("DV%04d", next++);
            ids.add(id);
            members.add(member(random, id, cell, heads && random.nextBoolean() ? committee : null));
        }
        for (int b = 0; b < badRows; b++) {
            String id = duplicates && !ids.isEmpty() && random.nextBoolean()
                    ? ids.get(random.nextInt(ids.size())) : String.format("XX%04d", b);
            List<String> row = new ArrayList<>(member(random, id, holders.get(random.nextInt(holders.size())), null));
            switch (random.nextInt(3)) {
                case 0 -> row.set(7, "A");
                case 1 -> row.set(2, "ZZ-" + b);
                default -> row.set(2, committees.isEmpty() ? "S0" : committees.get(0));
            }
            members.add(random.nextInt(members.size() + 1), row);
        }
        List<List<String>> decisions = new ArrayList<>();
        if (withDecisions) {
            String[] levels = {"HTXSNV", "HTTNV", "HTNV", "KHTNV"};
            for (int d = random.nextInt(4); d > 0; d--) {
                String id = ids.get(random.nextInt(ids.size()));
                if (decisions.stream().noneMatch(r -> r.get(1).equals(id))) {
                    decisions.add(List.of("MEMBER", id, levels[random.nextInt(4)], "xem xét lại", "Đảng ủy Khối"));
                }
            }
        }
        Collections.shuffle(orgs, random);
        return new Committee(orgs, members, decisions);
    }

    private static List<String> org(Random random, String id, String type, String parent) {
        return List.of(id, "Tổ chức " + id, type, parent, grade(random, 35), grade(random, 35),
                random.nextInt(6) == 0 ? Integer.toString(40 + random.nextInt(61)) : "");
    }

    private static List<String> member(Random random, String id, String cell, String leads) {
        String status = "";
        String admitted = "";
        int roll = random.nextInt(100);
        if (roll < 4) {
            status = "EXEMPT";
        } else if (roll < 6) {
            status = "SUSPENDED";
        } else if (roll < 9) {
            admitted = "2022-10-0" + (1 + random.nextInt(9));
        } else if (roll < 40) {
            admitted = (1980 + random.nextInt(40)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        int excellent = random.nextInt(100) < 30 ? 55 : 15;
        List<String> tasks = List.of("", "", "", "", "");
        if (random.nextBoolean()) {
            int total = 1 + random.nextInt(20);
            int notDone = random.nextInt(5) == 0 ? random.nextInt(total + 1) : 0;
            int late = random.nextInt(total - notDone + 1);
            int onTime = total - notDone - late;
            int exceeded = random.nextInt(onTime + late + 1);
            tasks = List.of(Integer.toString(total), Integer.toString(onTime), Integer.toString(exceeded),
                    Integer.toString(late), Integer.toString(notDone));
        }
        List<String> row = new ArrayList<>(List.of(id, FAMILY[random.nextInt(FAMILY.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)], cell, status, admitted,
                grade(random, excellent), grade(random, excellent), grade(random, excellent)));
        row.addAll(tasks);
        row.add(random.nextInt(30) == 0 ? "KHIEN_TRACH" : "");
        row.add(random.nextInt(40) == 0 ? "true" : "");
        row.add(random.nextInt(8) == 0 ? "true" : "");
        row.add(leads == null ? "" : "SECRETARY");
        row.add(leads == null ? "" : leads);
        return row;
    }

    /** XS with the given percentage, then mostly T, some TB, a few K. */
    private static String grade(Random random, int excellentPct) {
        int roll = random.nextInt(100);
        if (roll < excellentPct) {
            return "XS";
        }
        roll = random.nextInt(100);
        return roll < 80 ? "T" : roll < 96 ? "TB" : "K";
    }

    /** The same committee with its member rows in another order. */
    Committee withMembersShuffled(long seed) {
        List<List<String>> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, new Random(seed));
        return new Committee(organizations, shuffled, decisions);
    }

    /** Data rows per file, as written. */
    long rows(String file) {
        return switch (file) {
            case "organizations.csv" -> organizations.size();
            case "members.csv" -> members.size();
            case "decisions.csv" -> decisions.size();
            default -> 0;
        };
    }

    Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            writeCsv(dir.resolve("organizations.csv"), ORGANIZATION_HEADER, organizations);
            writeCsv(dir.resolve("members.csv"), MEMBER_HEADER, members);
            if (!decisions.isEmpty()) {
                writeCsv(dir.resolve("decisions.csv"), DECISION_HEADER, decisions);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The organizations and members a run accepted, written back as input files in this class's columns (the
     * columns the generated data uses), with the decisions accepted, for the idempotence property.
     */
    static Committee ofAccepted(List<Organization> organizations, List<Member> members, List<Decision> decided) {
        Function<Object, String> text = v -> v == null ? "" : v.toString();
        List<List<String>> orgs = organizations.stream().map(o -> List.of(o.orgId(), text.apply(o.name()),
                o.type().name(), text.apply(o.parentId()), text.apply(o.gradePoliticalTask()),
                text.apply(o.gradePartyBuilding()), o.targetsMetPct() == null ? "" : o.targetsMetPct().toPlainString()))
                .toList();
        List<List<String>> mems = members.stream().map(m -> {
            List<String> row = new ArrayList<>(List.of(m.memberId(), text.apply(m.fullName()), m.orgId(),
                    m.status().name(), text.apply(m.admittedOn()), text.apply(m.gradePoliticsEthics()),
                    text.apply(m.gradeDiscipline()), text.apply(m.gradeTasks())));
            if (m.tasks() == null) {
                row.addAll(List.of("", "", "", "", ""));
            } else {
                row.addAll(List.of(Integer.toString(m.tasks().total()), Integer.toString(m.tasks().onTime()),
                        Integer.toString(m.tasks().exceeded()), Integer.toString(m.tasks().late()),
                        Integer.toString(m.tasks().notDone())));
            }
            row.addAll(List.of(text.apply(m.discipline()), Boolean.toString(m.degradation()),
                    Boolean.toString(m.outstanding()), text.apply(m.leadershipRole()), text.apply(m.leadsOrgId())));
            return (List<String>) row;
        }).toList();
        List<List<String>> decisions = decided.stream().map(d -> List.of(d.subjectType().name(), d.subjectId(),
                d.level().name(), text.apply(d.reason()), text.apply(d.decidedBy()))).toList();
        return new Committee(orgs, mems, decisions);
    }

    private static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(line(header));
        rows.forEach(r -> out.append(line(r)));
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add(c.contains(",") || c.contains("\"") || c.contains("\n")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
