package org.xeploai.engine.generate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a realistic, reproducible input folder of any size for {@code xeploai classify}: {@code organizations.csv},
 * {@code members.csv}, {@code decisions.csv}, {@code history.csv} and {@code targets.csv} (leadership collectives are
 * derived by the engine from the members' leadership roles, as the contract allows without {@code collectives.csv}).
 *
 * <p>Proportions follow the national figures (regulations §8: about 5.7 million members, 52,000 grassroots
 * organizations, 270,000 cells), scaled by the number of members: one grassroots organization per 110 members, about
 * half of them grassroots committees (đảng bộ cơ sở) with cells of about 21 members and, in one in twelve, partial
 * committees; the others grassroots cells (chi bộ cơ sở) of 8–60 members; one district-level superior committee per
 * 7,500 members under one provincial-level one per 90,000, under one national root. Sizes are heavy-tailed, so a few
 * grassroots committees are much larger than the average.
 *
 * <p>Every member row fills both the graded criteria (2018–2024 packs) and the score and task counts (2025 onward),
 * consistent with each other, so that every year's pack classifies the same files. Special cases appear at realistic
 * rates: exempt, suspended, admitted in the last six months, temporary-activity rows, sick and maternity leave,
 * discipline, degradation, and heads (the secretary of every cell and grassroots organization). About one member row
 * in 2,000 is deliberately bad (an unknown grade, an unknown cell, contradictory task counts, an impossible date):
 * the engine refuses exactly those, one rejected row each ({@link Stats#badMemberRows()}).
 *
 * <p>Output is streamed: memory does not depend on the number of members. One {@link SplittableRandom} seeded by
 * the caller and a fixed order of draws: the same seed and size give the same bytes.
 */
public final class InputGenerator {
    public static final int DEFAULT_YEAR = 2022;
    public static final long DEFAULT_SEED = 20230104L;
    private static final double BAD_ROW_RATE = 0.0005;
    private static final String[] GRADES = {"XS", "T", "TB", "K"};
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Nông", "Triệu", "Lò"};
    private static final int[] SURNAME_WEIGHTS = {380, 110, 95, 70, 50, 25, 45, 39, 39, 21, 20, 14, 13, 13, 10, 5, 8, 6,
            4, 3};
    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Ngọc", "Thanh",
            "Công"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị Thu", "Thị Thanh", "Thị Minh", "Thị Hồng",
            "Ngọc", "Thị Kim"};
    private static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Thắng", "Trung",
            "Cường", "Hiếu", "Phong", "Bình", "Khánh", "Đức", "Thành", "Quân", "Huy"};
    private static final String[] FEMALE_GIVEN = {"Hương", "Lan", "Hoa", "Huyền", "Thảo", "Trang", "Hằng", "Nga",
            "Linh", "Phương", "Mai", "Yến", "Ngọc", "Thủy", "Hạnh", "Dung"};
    private static final String[] AGENCIES = {"Cơ quan", "Trường", "Bệnh viện", "Xã", "Phường", "Công ty", "Ban",
            "Sở", "Trung tâm", "Thị trấn"};

    static final List<String> ORG_HEADER = List.of("org_id", "name", "type", "parent_id", "founded_on",
            "grade_political_task", "grade_party_building", "targets_met_pct", "key_targets_missed",
            "linked_bodies_good", "force_majeure", "collective_discipline", "corruption_handled", "disunity", "score",
            "score_general", "score_tasks", "outstanding", "proposed_level");
    static final List<String> MEMBER_HEADER = List.of("member_id", "full_name", "org_id", "status", "admitted_on",
            "civil_servant", "job_rating", "grade_politics_ethics", "grade_discipline", "grade_tasks", "tasks_total",
            "tasks_on_time", "tasks_exceeded", "tasks_late", "tasks_not_done", "score", "score_general", "score_tasks",
            "discipline", "violation_year", "degradation", "outstanding", "leadership_role", "leads_org_id",
            "sick_leave_months", "maternity_leave", "proposed_level");

    /** What one run wrote. */
    public record Stats(long members, long memberRows, long organizations, long grassroots, long cells,
                        long decisions, long historyRows, long targets, long badMemberRows, long largestGrassroots) {
        public long rows() {
            return memberRows + organizations + decisions + historyRows + targets;
        }
    }

    private final long members;
    private final long seed;
    private final int year;
    private final SplittableRandom random;

    private CSVPrinter orgs;
    private CSVPrinter memberOut;
    private CSVPrinter decisions;
    private CSVPrinter history;
    private long memberSeq;
    private long memberRows;
    private long orgCount;
    private long grassrootsCount;
    private long cellCount;
    private long decisionCount;
    private long historyCount;
    private long badRows;
    private long largest;
    private int rank;
    private String previousCellMember;

    public InputGenerator(long members, long seed, int year) {
        if (members < 1) {
            throw new IllegalArgumentException("members must be at least 1");
        }
        this.members = members;
        this.seed = seed;
        this.year = year;
        this.random = new SplittableRandom(seed);
    }

    /** Writes the files into {@code directory} (created if missing), replacing files of the same names. */
    public Stats writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            try (CSVPrinter o = printer(directory.resolve("organizations.csv"), ORG_HEADER);
                 CSVPrinter m = printer(directory.resolve("members.csv"), MEMBER_HEADER);
                 CSVPrinter d = printer(directory.resolve("decisions.csv"),
                         List.of("subject_type", "subject_id", "level", "reason", "decided_by", "rank"));
                 CSVPrinter h = printer(directory.resolve("history.csv"),
                         List.of("subject_type", "subject_id", "year", "level"));
                 CSVPrinter t = printer(directory.resolve("targets.csv"),
                         List.of("target_id", "scope_org_id", "description", "metric", "subject", "planned", "actual",
                                 "base"))) {
                orgs = o;
                memberOut = m;
                decisions = d;
                history = h;
                generate();
                t.printRecord("T01", "TW", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên", "SHARE_GOOD_OR_ABOVE",
                        "MEMBER", "80", "", "");
                t.printRecord("T02", "TW", "Tỷ lệ tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ", "SHARE_EXCELLENT",
                        "GRASSROOTS_ORG", "15", "", "GOOD_OR_ABOVE");
                t.printRecord("T03", "TW", "Kết nạp đảng viên mới", "COUNT", "", Long.toString(Math.max(1, members / 50)),
                        Long.toString(Math.max(1, members / 48)), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stats(memberSeq, memberRows, orgCount, grassrootsCount, cellCount, decisionCount, historyCount, 3,
                badRows, largest);
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180);
        p.printRecord(header);
        return p;
    }

    private void generate() throws IOException {
        long provinces = Math.max(1, Math.round(members / 90_000.0));
        long districts = Math.max(1, Math.round(members / 7_500.0));
        org("TW", "Ban Chấp hành Trung ương (phạm vi sinh dữ liệu)", "SUPERIOR", "", null);
        for (long p = 1; p <= provinces; p++) {
            org("T" + p, "Tỉnh ủy " + p, "SUPERIOR", "TW", null);
        }
        for (long d = 1; d <= districts; d++) {
            org("H" + d, "Huyện ủy " + d, "SUPERIOR", "T" + (1 + (d - 1) % provinces), null);
        }
        long remaining = members;
        for (long g = 1; remaining > 0; g++) {
            String parent = "H" + (1 + (g - 1) % districts);
            boolean committee = random.nextInt(100) < 48;
            long wanted;
            if (committee) {
                // heavy tail: most committees 90–390 members, one in 400 up to about 2,600 more
                wanted = 90 + (long) (300 * Math.pow(random.nextDouble(), 2.0))
                        + (random.nextInt(400) == 0 ? (long) (2_500 * random.nextDouble()) : 0);
            } else {
                wanted = 8 + random.nextInt(53);
            }
            long size = Math.min(wanted, remaining);
            remaining -= size;
            largest = Math.max(largest, size);
            grassroots(g, parent, committee, size);
        }
    }

    private void grassroots(long g, String parent, boolean committee, long size) throws IOException {
        String gid = "G" + g;
        grassrootsCount++;
        int quality = orgQuality();
        org(gid, (committee ? "Đảng bộ " : "Chi bộ ") + AGENCIES[random.nextInt(AGENCIES.length)] + " " + g,
                committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL", parent, quality);
        if (!committee) {
            cellMembers(gid, gid, size, quality);
            return;
        }
        long cells = Math.max(1, Math.round(size / 21.0));
        boolean partials = cells >= 6 && random.nextInt(12) == 0;
        long partialCount = partials ? 2 + random.nextInt(2) : 0;
        for (long p = 1; p <= partialCount; p++) {
            org(gid + "-P" + p, "Đảng bộ bộ phận " + p, "PARTIAL_COMMITTEE", gid, orgQuality());
        }
        long left = size;
        boolean secretaryDone = false;
        for (long c = 1; c <= cells; c++) {
            String cid = gid + "-C" + c;
            String cellParent = partialCount > 0 && c % 2 == 0 ? gid + "-P" + (1 + (c / 2 - 1) % partialCount) : gid;
            cellCount++;
            int cq = orgQuality();
            org(cid, "Chi bộ " + c, "CELL", cellParent, cq);
            long n = c == cells ? left : Math.max(1, Math.min(left - (cells - c), size / cells));
            left -= n;
            cellMembers(cid, secretaryDone ? null : gid, n, cq);
            secretaryDone = true;
        }
    }

    /** 0: XS/XS (about 20%), 1: T (about 72%), 2: TB (about 7%), 3: K (about 1%). */
    private int orgQuality() {
        int r = random.nextInt(1000);
        return r < 200 ? 0 : r < 920 ? 1 : r < 990 ? 2 : 3;
    }

    private void org(String id, String name, String type, String parent, Integer quality) throws IOException {
        orgCount++;
        if (quality == null) {
            orgs.printRecord(id, name, type, parent, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
            return;
        }
        String founded = random.nextInt(400) == 0 ? year + "-10-01" : (1960 + random.nextInt(60)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        String g1 = GRADES[quality];
        String g2 = GRADES[Math.min(3, quality + (random.nextInt(10) == 0 ? 1 : 0))];
        int targets = quality == 0 ? 100 : quality == 1 ? 90 + random.nextInt(11) : quality == 2 ? 70 + random.nextInt(20) : 40 + random.nextInt(30);
        boolean keyMissed = quality >= 2 && random.nextBoolean();
        String linked = random.nextInt(3) == 0 ? "" : Boolean.toString(quality <= 1 || random.nextBoolean());
        String discipline = quality == 3 && random.nextInt(4) == 0 ? "KHIEN_TRACH" : "";
        boolean corruption = quality >= 2 && random.nextInt(10) == 0;
        boolean disunity = quality == 3 && random.nextInt(3) == 0;
        int score = score(quality);
        boolean outstanding = quality == 0 && random.nextInt(3) == 0;
        String proposed = LEVELS[quality];
        for (int y = year - 4; y < year; y++) {
            if (random.nextInt(10) < 9) {
                history.printRecord("ORGANIZATION", id, y, LEVELS[Math.min(3, Math.max(0, quality + random.nextInt(3) - 1))]);
                historyCount++;
            }
        }
        orgs.printRecord(id, name, type, parent, founded, g1, g2, targets, keyMissed, linked, random.nextInt(50) == 0,
                discipline, corruption, disunity, score, general(score), score - general(score), outstanding, proposed);
    }

    private static final String[] LEVELS = {"HTXSNV", "HTTNV", "HTNV", "KHTNV"};

    /** The general-criteria part of a score (0–30); the task part (0–70) is the rest (HD 43). */
    private static int general(int score) {
        return Math.max(score - 70, Math.min(30, (int) Math.round(score * 0.3)));
    }

    private int score(int quality) {
        return switch (quality) {
            case 0 -> 90 + random.nextInt(11);
            case 1 -> 70 + random.nextInt(20);
            case 2 -> 50 + random.nextInt(20);
            default -> 20 + random.nextInt(30);
        };
    }

    /**
     * The members of one cell (or grassroots cell): the first is the cell's secretary; the second, in a committee's
     * first cell, the grassroots secretary ({@code grassrootsId} set).
     */
    private void cellMembers(String cellId, String grassrootsId, long n, int cellQuality) throws IOException {
        String good = null;
        for (long i = 0; i < n; i++) {
            String id = "DV" + (++memberSeq);
            String role = "";
            String leads = "";
            if (i == 0) {
                role = "SECRETARY";
                leads = cellId;
            } else if (i == 1 && grassrootsId != null && !grassrootsId.equals(cellId)) {
                role = "SECRETARY";
                leads = grassrootsId;
            } else if (i == 2) {
                role = "DEPUTY_SECRETARY";
                leads = cellId;
            }
            if (member(id, cellId, role, leads, cellQuality, role.isEmpty())) {
                good = id;
            }
        }
        // a temporary-activity row at this cell for a member of an earlier cell (about 0.3%)
        if (previousCellMember != null && random.nextInt(1000) < 3 * n) {
            memberOut.printRecord(previousCellMember, name(), cellId, "TEMPORARY", "", "", "", "T", "T", "T", "", "", "", "",
                    "", "", "", "", "", "", "", "", "", "", "", "", "");
            memberRows++;
        }
        previousCellMember = good;
    }

    /** Whether the row is good (the temporary-activity row of a later cell may repeat its id). */
    private boolean member(String id, String cellId, String role, String leads, int cellQuality, boolean mayBeBad)
            throws IOException {
        memberRows++;
        int r = random.nextInt(10_000);
        String status = r < 100 ? "EXEMPT" : r < 105 ? "SUSPENDED" : "ACTIVE";
        int q = random.nextInt(1000);
        // members: about 15% XS, 70% T, 13% TB, 2% K; a little better in a better cell
        int quality = q < 130 + (cellQuality == 0 ? 60 : 0) ? 0 : q < 850 ? 1 : q < 985 ? 2 : 3;
        String ethics = GRADES[quality == 0 ? 0 : Math.min(3, quality - (quality > 1 && random.nextBoolean() ? 1 : 0))];
        String disc = GRADES[quality == 0 ? (random.nextInt(5) == 0 ? 1 : 0) : quality];
        String tasks = GRADES[quality];
        int total = 4 + random.nextInt(20);
        int notDone = quality == 3 ? 1 + random.nextInt(3) : 0;
        int late = quality >= 2 ? random.nextInt(3) : 0;
        int onTime = Math.max(0, total - notDone - late);
        total = onTime + late + notDone;
        int exceeded = quality == 0 ? Math.max(1, onTime / 3) : quality == 1 ? random.nextInt(Math.max(1, onTime / 4 + 1)) : 0;
        int score = score(quality);
        boolean newMember = random.nextInt(100) < 2;
        String admitted = newMember ? String.format("%d-%02d-%02d", year, 9 + random.nextInt(4), 1 + random.nextInt(28))
                : (1970 + random.nextInt(Math.max(1, year - 1971))) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
        boolean civil = random.nextInt(10) < 6;
        String jobRating = civil ? LEVELS[quality] : "";
        String discipline = quality == 3 && random.nextInt(3) == 0 ? "KHIEN_TRACH" : "";
        boolean degradation = quality == 3 && random.nextInt(10) == 0;
        boolean outstanding = quality == 0 && random.nextInt(4) == 0;
        String sick = random.nextInt(200) == 0 ? Integer.toString(3 + random.nextInt(8)) : "";
        boolean maternity = random.nextInt(125) == 0;
        String proposed = LEVELS[Math.max(0, quality - (random.nextInt(5) == 0 ? 1 : 0))];
        String fullName = name();
        String cell = cellId;
        String tasksTotal = Integer.toString(total);
        if (mayBeBad && random.nextDouble() < BAD_ROW_RATE) {
            badRows++;
            switch (random.nextInt(4)) {
                case 0 -> tasks = "XX";
                case 1 -> cell = "KHONG-CO-" + cellId;
                case 2 -> tasksTotal = Integer.toString(total + 3);
                default -> admitted = year + "-02-31";
            }
        } else if (quality == 0 && "ACTIVE".equals(status) && random.nextInt(40) == 0) {
            // the authority's order among quota candidates
            decisions.printRecord("MEMBER", id, "HTXSNV", "Thứ tự xét HTXSNV", "Đảng ủy cấp trên", ++rank % 50 + 1);
            decisionCount++;
        }
        if (!newMember && (quality == 0 || random.nextInt(10) == 0)) {
            for (int y = year - 4; y < year; y++) {
                history.printRecord("MEMBER", id, y, LEVELS[quality == 0 && random.nextInt(4) > 0 ? 0 : Math.min(3, quality + random.nextInt(2))]);
                historyCount++;
            }
        }
        memberOut.printRecord(id, fullName, cell, status, admitted, civil, jobRating, ethics, disc, tasks, tasksTotal,
                onTime, exceeded, late, notDone, score, general(score), score - general(score), discipline, discipline.isEmpty() ? "" : Integer.toString(year),
                degradation, outstanding, role, leads, sick, maternity, proposed);
        return cell.equals(cellId) && !"XX".equals(tasks) && tasksTotal.equals(Integer.toString(total))
                && !admitted.endsWith("-02-31");
    }

    private String name() {
        boolean female = random.nextBoolean();
        int w = random.nextInt(967);
        int i = 0;
        while (i < SURNAME_WEIGHTS.length - 1 && w >= SURNAME_WEIGHTS[i]) {
            w -= SURNAME_WEIGHTS[i++];
        }
        return SURNAMES[i] + " " + (female ? FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)]
                : MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)]) + " "
                + (female ? FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)] : MALE_GIVEN[random.nextInt(MALE_GIVEN.length)]);
    }

    public long seed() {
        return seed;
    }
}
