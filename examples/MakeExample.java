/*
 * Generates examples/provincial-agencies-2022, the example data set bundled with xeploai.
 *
 * The data set is the party committee of a province's agencies (Đảng bộ Các cơ quan tỉnh) in evaluation year 2022,
 * built to reproduce the published results of seed 004 under rule pack qd132-hd21: grassroots organizations
 * 14 HTXSNV, 56 HTTNV, 3 HTNV; members 83% HTTNV and above, 16% of those HTXSNV; leadership collectives 13 HTXSNV,
 * 52 HTTNV, 2 HTNV, 1 KHTNV, 10 of them selected "HTXSNV tiêu biểu".
 *
 * How: the Designer gives every organization and member the level it is meant to get; the RowFiller writes grades,
 * task counts and flags that earn that level; SpecialCases lays the regulation's special cases over chosen rows;
 * CollectiveDesigner writes the leadership collectives of the grassroots organizations (collectives.csv).
 * PackMirror then derives every level again from the rows alone, with the pack's conditions, so that a design
 * mistake shows here rather than in the engine. The run stops without writing when the published figures are missed.
 *
 * Run:  java -cp commons-csv-1.14.1.jar examples/MakeExample.java examples/provincial-agencies-2022
 *       (examples/make-example.sh finds the jar). One seeded Random and ordered collections only: same bytes every run.
 */

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public final class MakeExample {
    /** 04/01/2023: the day the committee published its 2022 results (seed 004). */
    static final long SEED = 20230104L;
    static final int YEAR = 2022;
    /** Reference date of the under-six-months rules (regulations §9, question 12). */
    static final LocalDate REFERENCE_DATE = LocalDate.of(YEAR, 12, 31);
    static final int FIRST_HISTORY_YEAR = 2018;
    static final String ROOT_ID = "DBCCQ";

    public static void main(String[] args) throws IOException {
        requireUtf8Source();
        Path out = Path.of(args.length > 0 ? args[0] : "examples/provincial-agencies-2022");
        Random random = new Random(SEED);
        DataSet data = new Designer(random).design();
        Results results = new PackMirror(data).classify();
        List<HistoryRow> history = new HistoryMaker(random, data, results).make();
        List<TargetRow> targets = Targets.of(data, results);
        Report report = new Report(data, results, history, targets);
        report.print();
        List<String> problems = report.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println("DESIGN CHECK FAILED: " + p));
            System.exit(1);
        }
        new ExampleWriter(out).write(data, results, history, targets);
        System.out.println("Written to " + out);
    }

    /** Vietnamese names in this file are read with the platform charset: refuse to write mojibake. */
    private static void requireUtf8Source() {
        if (!"Đảng".equals("\u0110\u1ea3ng")) {
            System.err.println("This source was not read as UTF-8: run java with -Dfile.encoding=UTF-8"
                    + " (make-example.sh does).");
            System.exit(2);
        }
    }

    // ==== Vocabulary of the contract (shared/contract.md) ==========================================================

    enum Level {
        HTXSNV, HTTNV, HTNV, KHTNV;

        boolean atLeast(Level other) {
            return ordinal() <= other.ordinal();
        }

        boolean goodOrAbove() {
            return atLeast(HTTNV);
        }

        static Level worse(Level a, Level b) {
            return a.ordinal() >= b.ordinal() ? a : b;
        }
    }

    /** Criterion grades of generation 1: Xuất sắc, Tốt, Trung bình, Kém. */
    enum Grade { XS, T, TB, K }

    enum OrgType { SUPERIOR, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, PARTIAL_COMMITTEE, CELL }

    enum MemberStatus { ACTIVE, EXEMPT, SUSPENDED, TEMPORARY }

    /** What a run says about a subject: the contract's output status. */
    enum Status { CLASSIFIED, NOT_CLASSIFIED, PENDING }

    /**
     * Why an organization gets its level: each value names the condition of HD21 Mục II.B tiết 1.3 that decides it,
     * so that the data set shows every way an organization misses the level above.
     */
    enum Basis {
        /** Every condition of R1-ORG-XS holds. */
        EXCELLENT(Level.HTXSNV),
        /** A criterion graded T: R1-ORG-XS/criteria unmet. */
        GOOD_GRADES(Level.HTTNV),
        /** Both criteria XS, no outstanding achievement: R1-ORG-XS/outstanding unmet. */
        GOOD_NOT_OUTSTANDING(Level.HTTNV),
        /** The agency or its mass organizations rated only HTNV: R1-ORG-XS/linked-bodies unmet. */
        GOOD_LINKED_BODIES(Level.HTTNV),
        /** Under 80% of its cells (a grassroots cell: of its members) HTTNV and above: R1-ORG-XS/subordinates unmet. */
        GOOD_SUBORDINATES(Level.HTTNV),
        /** A criterion graded TB: R1-ORG-T/criteria unmet. */
        COMPLETED_GRADE(Level.HTNV),
        /** A member rated KHTNV breaks "100% at least HTNV": R1-ORG-T/subordinates unmet. */
        COMPLETED_MEMBER(Level.HTNV),
        /** Founded under six months before the reference date: C-NEWORG, not classified. */
        NEW(null);

        final Level level;

        Basis(Level level) {
            this.level = level;
        }
    }

    /** Who staffs an agency, for the share of civil servants (CBCCVC) among its members. */
    enum Staff {
        CIVIL_SERVICE(0.95), ASSOCIATION(0.6), ENTERPRISE(0.0);

        final double civilServantShare;

        Staff(double civilServantShare) {
            this.civilServantShare = civilServantShare;
        }
    }

    record TaskCounts(int total, int onTime, int exceeded, int late, int notDone) {
        int done() {
            return total - notDone;
        }
    }

    record Person(String fullName, boolean female) {
    }

    record Decision(String subjectType, String subjectId, Level level, String reason, String decidedBy, Integer rank,
                    boolean exemplary) {
    }

    record HistoryRow(String subjectType, String subjectId, int year, Level level) {
    }

    record TargetRow(String id, String description, String metric, String subject, int planned, Integer actual,
                     String base) {
    }

    // ==== The data set as designed ================================================================================

    /** A party organization (tổ chức đảng): one row of organizations.csv, with the level its design intends. */
    static final class Organization {
        final String id;
        final String name;
        final OrgType type;
        final Organization parent;
        final Basis basis;
        final Staff staff;
        final List<Organization> children = new ArrayList<>();
        /** Member rows in file order; for cells and grassroots cells only. */
        final List<Member> members = new ArrayList<>();
        LocalDate foundedOn;
        Grade politicalTask;
        Grade partyBuilding;
        Integer targetsMetPct;
        Boolean linkedBodiesGood;
        boolean outstanding;
        Level proposed;

        Organization(String id, String name, OrgType type, Organization parent, Basis basis, Staff staff) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.parent = parent;
            this.basis = basis;
            this.staff = staff;
            if (parent != null) {
                parent.children.add(this);
            }
        }

        boolean grassroots() {
            return type == OrgType.GRASSROOTS_COMMITTEE || type == OrgType.GRASSROOTS_CELL;
        }

        /** Members belong to a cell or a grassroots cell (contract, "The organization tree"). */
        boolean holdsMembers() {
            return type == OrgType.CELL || type == OrgType.GRASSROOTS_CELL;
        }

        Organization grassrootsOrg() {
            return grassroots() || parent == null ? this : parent.grassrootsOrg();
        }

        Stream<Organization> subtree() {
            return Stream.concat(Stream.of(this), children.stream().flatMap(Organization::subtree));
        }

        List<Organization> memberHolders() {
            return subtree().filter(Organization::holdsMembers).toList();
        }

        Stream<Member> rows() {
            return subtree().flatMap(o -> o.members.stream());
        }
    }

    /** A party member (đảng viên): one row of members.csv, with the level the design intends before the quota. */
    static final class Member {
        final String id;
        final String fullName;
        final boolean female;
        final Organization cell;
        MemberStatus status = MemberStatus.ACTIVE;
        LocalDate admittedOn;
        boolean civilServant;
        Level jobRating;
        Grade politicsEthics;
        Grade disciplineGrade;
        Grade tasksGrade;
        TaskCounts tasks;
        String discipline;
        Integer violationYear;
        boolean degradation;
        boolean outstanding;
        String leadershipRole;
        Organization leads;
        BigDecimal sickLeaveMonths;
        boolean maternityLeave;
        boolean reviewed = true;
        Level proposed;
        Level intended;
        /** Cells written verbatim instead of the fields: the deliberately bad rows the engine must reject. */
        final Map<String, String> badCells = new LinkedHashMap<>();
        /** Why this row is special, for the generator's report; null for an ordinary member. */
        String story;

        Member(String id, Person person, Organization cell) {
            this.id = id;
            this.fullName = person.fullName();
            this.female = person.female();
            this.cell = cell;
            cell.members.add(this);
        }

        boolean rejected() {
            return !badCells.isEmpty();
        }

        boolean leader() {
            return leadershipRole != null;
        }

        boolean head() {
            return "SECRETARY".equals(leadershipRole);
        }

        /** Free to receive a special case: no role, no story yet. */
        boolean ordinary() {
            return story == null && !leader() && status == MemberStatus.ACTIVE;
        }
    }

    /**
     * A leadership collective (tập thể cấp ủy): one row of collectives.csv, the committee of a grassroots organization
     * (đảng ủy of a grassroots committee, chi ủy of a grassroots cell), with the level its design intends.
     */
    static final class Collective {
        final String id;
        final Organization org;
        final Level intended;
        Grade politicalTask;
        Grade partyBuilding;
        boolean outstanding;
        boolean disunity;
        String discipline;
        Level proposed;
        boolean exemplary;
        /** Why the collective gets its level, for the generator's report. */
        String story;

        Collective(String id, Organization org, Level intended) {
            this.id = id;
            this.org = org;
            this.intended = intended;
        }
    }

    record DataSet(Organization root, List<Organization> organizations, List<Member> rows, List<Decision> decisions,
                   Map<Member, Level[]> pastLevels, List<Collective> collectives) {

        Organization org(String id) {
            return organizations.stream().filter(o -> o.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no organization " + id));
        }

        List<Organization> grassroots() {
            return organizations.stream().filter(Organization::grassroots).toList();
        }
    }

    // ==== The 73 grassroots organizations =========================================================================

    /** A unit of an agency: a cell, or a partial committee (đảng bộ bộ phận) with cells of its own. */
    record Unit(String name, Basis basis, List<Unit> cells) {
        boolean partial() {
            return !cells.isEmpty();
        }
    }

    /** A grassroots organization as designed: its agency, its units, its members and the basis of its level. */
    record Body(String code, String agency, OrgType type, Basis basis, int members, Staff staff, List<Unit> units) {
        String orgName() {
            return (type == OrgType.GRASSROOTS_COMMITTEE ? "Đảng bộ " : "Chi bộ ") + agency;
        }
    }

    static final class Catalogue {
        private static Unit cell(String name) {
            return cell(name, Basis.GOOD_GRADES);
        }

        private static Unit cell(String name, Basis basis) {
            return new Unit(name, basis, List.of());
        }

        private static Unit partial(String name, Unit... cells) {
            return new Unit(name, Basis.GOOD_GRADES, List.of(cells));
        }

        private static Body committee(String code, String agency, Basis basis, int members, Unit... units) {
            return new Body(code, agency, OrgType.GRASSROOTS_COMMITTEE, basis, members, Staff.CIVIL_SERVICE, List.of(units));
        }

        private static Body cellOf(String code, String agency, Basis basis, int members) {
            return cellOf(code, agency, basis, members, Staff.CIVIL_SERVICE);
        }

        private static Body cellOf(String code, String agency, Basis basis, int members, Staff staff) {
            return new Body(code, agency, OrgType.GRASSROOTS_CELL, basis, members, staff, List.of());
        }

        private static final Basis XS = Basis.EXCELLENT;
        private static final Basis T = Basis.GOOD_GRADES;

        /**
         * 31 grassroots committees and 42 grassroots cells: 14 EXCELLENT, 56 GOOD_*, 3 COMPLETED_* (seed 004).
         * Cells marked EXCELLENT stay within the cells' quota of their committee (one in five), so that the
         * organizations' quota never warns.
         */
        static final List<Body> BODIES = List.of(
                committee("VPTU", "Văn phòng Tỉnh ủy", XS, 50,
                        cell("Phòng Tổng hợp", XS), cell("Phòng Hành chính - Lưu trữ"), cell("Phòng Tài chính - Đảng vụ"),
                        cell("Phòng Quản trị - Tài vụ"), cell("Phòng Công nghệ thông tin - Cơ yếu")),
                committee("VPUB", "Văn phòng Ủy ban nhân dân tỉnh", XS, 52,
                        cell("Phòng Tổng hợp", XS), cell("Phòng Kinh tế"), cell("Phòng Khoa giáo - Văn xã"),
                        cell("Phòng Nội chính"), cell("Phòng Hành chính - Tổ chức"), cell("Trung tâm Thông tin - Công báo")),
                // four cells of five HTTNV+: exactly the 80% R1-ORG-XS asks for
                committee("SCT", "Sở Công Thương", XS, 62,
                        cell("Văn phòng Sở"), cell("Phòng Quản lý Công nghiệp"), cell("Phòng Quản lý Thương mại"),
                        cell("Phòng Quản lý Năng lượng", Basis.COMPLETED_GRADE),
                        cell("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp")),
                committee("STC", "Sở Tài chính", XS, 48,
                        cell("Văn phòng Sở", XS), cell("Phòng Quản lý ngân sách"), cell("Phòng Tài chính hành chính sự nghiệp"),
                        cell("Phòng Tài chính đầu tư"), cell("Phòng Quản lý giá và công sản"), cell("Thanh tra Sở")),
                committee("SNV", "Sở Nội vụ", XS, 46,
                        cell("Văn phòng Sở", XS), cell("Phòng Tổ chức, biên chế và Tổ chức phi chính phủ"),
                        cell("Phòng Xây dựng chính quyền và Công tác thanh niên"), cell("Ban Thi đua - Khen thưởng"),
                        cell("Ban Tôn giáo"), cell("Chi cục Văn thư - Lưu trữ")),
                committee("SGDDT", "Sở Giáo dục và Đào tạo", XS, 50,
                        cell("Văn phòng Sở", XS), cell("Phòng Giáo dục Trung học"), cell("Phòng Giáo dục Mầm non - Tiểu học"),
                        cell("Phòng Khảo thí và Quản lý chất lượng giáo dục"), cell("Phòng Kế hoạch - Tài chính")),
                committee("TTR", "Thanh tra tỉnh", XS, 34,
                        cell("Văn phòng"), cell("Phòng Nghiệp vụ 1"), cell("Phòng Nghiệp vụ 2"),
                        cell("Phòng Phòng, chống tham nhũng")),
                committee("BAO", "Báo tỉnh", XS, 32,
                        cell("Ban Thư ký tòa soạn"), cell("Ban Phóng viên"), cell("Ban Báo điện tử"),
                        cell("Phòng Hành chính - Trị sự")),
                committee("CTHUE", "Cục Thuế tỉnh", XS, 70,
                        cell("Văn phòng Cục", XS), cell("Phòng Tuyên truyền - Hỗ trợ người nộp thuế"),
                        cell("Phòng Thanh tra - Kiểm tra"), cell("Phòng Quản lý hộ kinh doanh, cá nhân và thu khác"),
                        cell("Phòng Nghiệp vụ - Dự toán - Pháp chế"), cell("Phòng Kiểm tra nội bộ")),
                committee("VKSND", "Viện Kiểm sát nhân dân tỉnh", XS, 40,
                        cell("Văn phòng"), cell("Phòng Thực hành quyền công tố và kiểm sát xét xử hình sự"),
                        cell("Phòng Thực hành quyền công tố và kiểm sát điều tra"),
                        cell("Phòng Kiểm sát giải quyết các vụ án hành chính, dân sự")),
                committee("SKHDT", "Sở Kế hoạch và Đầu tư", T, 40,
                        cell("Văn phòng Sở"), cell("Phòng Tổng hợp, quy hoạch"), cell("Phòng Đăng ký kinh doanh"),
                        cell("Phòng Kinh tế ngành")),
                committee("SNN", "Sở Nông nghiệp và Phát triển nông thôn", T, 104,
                        cell("Văn phòng Sở"), cell("Chi cục Trồng trọt và Bảo vệ thực vật"),
                        cell("Chi cục Chăn nuôi và Thú y"), cell("Trung tâm Khuyến nông"),
                        partial("Chi cục Kiểm lâm", cell("Văn phòng Chi cục Kiểm lâm"), cell("Hạt Kiểm lâm số 1"),
                                cell("Hạt Kiểm lâm số 2"),
                                cell("Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng", Basis.COMPLETED_GRADE))),
                committee("STNMT", "Sở Tài nguyên và Môi trường", Basis.GOOD_NOT_OUTSTANDING, 76,
                        cell("Văn phòng Sở"), cell("Chi cục Bảo vệ môi trường"),
                        cell("Trung tâm Quan trắc tài nguyên và môi trường"), cell("Trung tâm Phát triển quỹ đất"),
                        partial("Văn phòng Đăng ký đất đai", cell("Văn phòng Đăng ký đất đai"),
                                cell("Chi nhánh Văn phòng Đăng ký đất đai khu vực I"),
                                cell("Chi nhánh Văn phòng Đăng ký đất đai khu vực II"),
                                cell("Chi nhánh Văn phòng Đăng ký đất đai khu vực III"))),
                committee("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", T, 60,
                        cell("Văn phòng Sở"), cell("Các phòng chuyên môn"),
                        partial("Các đơn vị sự nghiệp", cell("Trung tâm Dịch vụ việc làm"),
                                cell("Trung tâm Bảo trợ xã hội"), cell("Cơ sở Cai nghiện ma túy"))),
                // criteria XS and outstanding, but only two of four cells HTTNV+
                committee("SGTVT", "Sở Giao thông vận tải", Basis.GOOD_SUBORDINATES, 46,
                        cell("Văn phòng Sở"), cell("Thanh tra Sở"),
                        cell("Phòng Quản lý vận tải, phương tiện và người lái", Basis.COMPLETED_GRADE),
                        cell("Ban Bảo trì đường bộ", Basis.COMPLETED_MEMBER)),
                committee("SXD", "Sở Xây dựng", T, 34,
                        cell("Văn phòng Sở"), cell("Phòng Quản lý xây dựng"), cell("Thanh tra Sở", Basis.COMPLETED_MEMBER)),
                committee("SYT", "Sở Y tế", Basis.GOOD_LINKED_BODIES, 38,
                        cell("Văn phòng Sở"), cell("Phòng Nghiệp vụ Y - Dược"),
                        cell("Chi cục Dân số - Kế hoạch hóa gia đình"), cell("Chi cục An toàn vệ sinh thực phẩm")),
                committee("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", T, 50,
                        cell("Văn phòng Sở"), cell("Phòng Quản lý văn hóa - Gia đình"), cell("Phòng Quản lý du lịch"),
                        cell("Trung tâm Huấn luyện và Thi đấu thể thao"),
                        cell("Đoàn Nghệ thuật dân tộc", Basis.COMPLETED_GRADE)),
                committee("SKHCN", "Sở Khoa học và Công nghệ", T, 30,
                        cell("Văn phòng Sở"), cell("Chi cục Tiêu chuẩn Đo lường Chất lượng"),
                        cell("Trung tâm Ứng dụng và Thống kê khoa học, công nghệ")),
                committee("STTTT", "Sở Thông tin và Truyền thông", Basis.GOOD_NOT_OUTSTANDING, 30,
                        cell("Văn phòng Sở"), cell("Các phòng chuyên môn"),
                        cell("Trung tâm Công nghệ thông tin và Truyền thông"),
                        cell("Trung tâm Giám sát, điều hành đô thị thông minh", Basis.NEW)),
                committee("STP", "Sở Tư pháp", T, 32,
                        cell("Văn phòng Sở"), cell("Phòng Bổ trợ tư pháp"), cell("Trung tâm Trợ giúp pháp lý nhà nước")),
                committee("BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh", T, 26,
                        cell("Văn phòng Ban"), cell("Phòng Quản lý doanh nghiệp"),
                        cell("Phòng Quy hoạch - Xây dựng và Môi trường")),
                committee("BQLDDCN", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", T, 32,
                        cell("Phòng Hành chính - Tổng hợp"), cell("Phòng Kỹ thuật"), cell("Phòng Kế hoạch - Tài chính")),
                // slow disbursement: leading the political task graded TB
                committee("BQLDAGT", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
                        Basis.COMPLETED_GRADE, 32,
                        cell("Phòng Hành chính - Tổng hợp"), cell("Phòng Điều hành dự án 1", Basis.COMPLETED_MEMBER),
                        cell("Phòng Điều hành dự án 2")),
                committee("DPTTH", "Đài Phát thanh và Truyền hình tỉnh", T, 54,
                        cell("Văn phòng"), cell("Phòng Thời sự", XS), cell("Phòng Chuyên đề - Chuyên mục"),
                        cell("Phòng Kỹ thuật - Công nghệ"), cell("Phòng Văn nghệ - Giải trí")),
                committee("TCT", "Trường Chính trị tỉnh", T, 32,
                        cell("Khoa Lý luận cơ sở"), cell("Khoa Xây dựng Đảng"), cell("Khoa Nhà nước và pháp luật"),
                        cell("Phòng Tổ chức - Hành chính")),
                committee("KBNN", "Kho bạc Nhà nước tỉnh", Basis.GOOD_NOT_OUTSTANDING, 44,
                        cell("Văn phòng"), cell("Phòng Kiểm soát chi"), cell("Phòng Kế toán nhà nước"),
                        cell("Phòng Thanh tra - Kiểm tra")),
                committee("BHXH", "Bảo hiểm xã hội tỉnh", T, 52,
                        cell("Văn phòng"), cell("Phòng Quản lý thu - Sổ, thẻ", XS), cell("Phòng Chế độ bảo hiểm xã hội"),
                        cell("Phòng Giám định bảo hiểm y tế"), cell("Phòng Kế hoạch - Tài chính")),
                committee("CTHADS", "Cục Thi hành án dân sự tỉnh", T, 32,
                        cell("Văn phòng Cục"), cell("Phòng Nghiệp vụ và Tổ chức thi hành án"),
                        cell("Phòng Kiểm tra, giải quyết khiếu nại, tố cáo")),
                committee("TAND", "Tòa án nhân dân tỉnh", T, 38,
                        cell("Văn phòng"), cell("Tòa Hình sự"), cell("Tòa Dân sự"), cell("Tòa Hành chính - Kinh tế")),
                committee("CTK", "Cục Thống kê tỉnh", T, 28,
                        cell("Văn phòng Cục"), cell("Phòng Thống kê Tổng hợp"), cell("Phòng Thống kê Kinh tế - Xã hội")),

                cellOf("BTCTU", "Ban Tổ chức Tỉnh ủy", XS, 22),
                cellOf("BTGTU", "Ban Tuyên giáo Tỉnh ủy", XS, 20),
                cellOf("UBKTTU", "Cơ quan Ủy ban Kiểm tra Tỉnh ủy", XS, 22),
                cellOf("TDOAN", "Cơ quan Tỉnh đoàn", XS, 18),
                cellOf("LMHTX", "Cơ quan Liên minh Hợp tác xã tỉnh", Basis.COMPLETED_MEMBER, 11),
                cellOf("NKTU", "Nhà khách Tỉnh ủy", Basis.COMPLETED_MEMBER, 9),
                cellOf("BDVTU", "Ban Dân vận Tỉnh ủy", T, 16),
                cellOf("BNCTU", "Ban Nội chính Tỉnh ủy", T, 14),
                cellOf("VPDBHDND", "Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh", T, 20),
                cellOf("SNGV", "Sở Ngoại vụ", T, 14),
                cellOf("BDT", "Ban Dân tộc tỉnh", T, 15),
                cellOf("MTTQ", "Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", Basis.GOOD_SUBORDINATES, 20),
                cellOf("HLHPN", "Cơ quan Hội Liên hiệp Phụ nữ tỉnh", T, 17),
                cellOf("HND", "Cơ quan Hội Nông dân tỉnh", T, 16),
                cellOf("HCCB", "Cơ quan Hội Cựu chiến binh tỉnh", Basis.GOOD_NOT_OUTSTANDING, 12),
                cellOf("LDLD", "Cơ quan Liên đoàn Lao động tỉnh", T, 20),
                cellOf("LHHKHKT", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", T, 8, Staff.ASSOCIATION),
                cellOf("HCTD", "Hội Chữ thập đỏ tỉnh", T, 9, Staff.ASSOCIATION),
                cellOf("HVHNT", "Hội Văn học Nghệ thuật tỉnh", T, 9, Staff.ASSOCIATION),
                cellOf("HNB", "Hội Nhà báo tỉnh", T, 6, Staff.ASSOCIATION),
                cellOf("HLG", "Hội Luật gia tỉnh", T, 5, Staff.ASSOCIATION),
                cellOf("LHHN", "Liên hiệp các tổ chức hữu nghị tỉnh", T, 6, Staff.ASSOCIATION),
                cellOf("HKH", "Hội Khuyến học tỉnh", T, 6, Staff.ASSOCIATION),
                cellOf("HCTNXP", "Hội Cựu Thanh niên xung phong tỉnh", T, 5, Staff.ASSOCIATION),
                cellOf("QDTPT", "Quỹ Đầu tư phát triển tỉnh", T, 12),
                cellOf("TTXT", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", T, 10),
                cellOf("QLTT", "Cục Quản lý thị trường tỉnh", Basis.GOOD_SUBORDINATES, 24),
                cellOf("BQLDANN", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh",
                        T, 14),
                cellOf("BTANG", "Bảo tàng tỉnh", Basis.GOOD_LINKED_BODIES, 12),
                cellOf("TVIEN", "Thư viện tỉnh", T, 10),
                cellOf("TTVH", "Trung tâm Văn hóa, Nghệ thuật và Điện ảnh tỉnh", T, 13),
                cellOf("CDN", "Trường Cao đẳng nghề Dân tộc nội trú tỉnh", T, 20),
                cellOf("XSKT", "Công ty TNHH Một thành viên Xổ số kiến thiết tỉnh", T, 12, Staff.ENTERPRISE),
                cellOf("TTHCC", "Trung tâm Phục vụ hành chính công tỉnh", T, 10),
                cellOf("BBVSK", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", T, 9),
                cellOf("NHNN", "Ngân hàng Nhà nước Chi nhánh tỉnh", Basis.GOOD_NOT_OUTSTANDING, 24),
                cellOf("VPNTM", "Văn phòng Điều phối nông thôn mới tỉnh", T, 8),
                cellOf("BATGT", "Văn phòng Ban An toàn giao thông tỉnh", T, 6),
                cellOf("CDC", "Trung tâm Kiểm soát bệnh tật tỉnh", T, 26),
                cellOf("TTKDXD", "Trung tâm Kiểm định chất lượng công trình xây dựng tỉnh", T, 9),
                cellOf("BQLDL", "Ban Quản lý các khu du lịch tỉnh", T, 8),
                cellOf("TCYT", "Trường Trung cấp Y tế tỉnh", T, 16));

        private Catalogue() {
        }
    }

    // ==== Vietnamese names ========================================================================================

    /** Full names with the surname mix of a northern mountain province (Kinh, Tày and Nùng families), all distinct. */
    static final class Names {
        private static final String[] SURNAMES = {"Nguyễn", "Hoàng", "Trần", "Lê", "Nông", "Hà", "Phạm", "Triệu", "Đặng",
                "Bùi", "Đỗ", "Vũ", "Lương", "Ma", "Lý", "Phan", "Dương", "Lục", "Đàm", "Bế", "Lâm", "Ngô", "Đinh", "Mai",
                "La", "Hứa", "Chu", "Tô", "Phương", "Vi"};
        private static final int[] SURNAME_WEIGHTS = {30, 9, 8, 7, 6, 5, 5, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
                1, 1, 1, 1, 1, 1, 1};
        private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Ngọc",
                "Thanh", "Tiến", "Mạnh", "Công", "Duy", "Trung", "Anh", "Đình", "Hồng"};
        private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Thị Thu", "Thị Thanh", "Thị Minh", "Thị Hồng",
                "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Diệu", "Thị Kim", "Kim", "Bích", "Thúy", "Phương"};
        private static final String[] MALE_GIVEN = {"Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Thắng", "Trung",
                "Cường", "Hiếu", "Hoàng", "Khánh", "Quân", "Tùng", "Thành", "Bình", "Đạt", "Phong", "Huy", "Lâm", "Tâm",
                "Vinh", "Kiên", "Toàn", "Chiến", "Công", "Định", "Đông", "Giang", "Hào", "Hưng", "Khoa", "Lực", "Mạnh",
                "Nghĩa", "Phúc", "Quý", "Tài", "Thịnh", "Thuận", "Tiến", "Tú", "Việt", "Hiển", "Luân"};
        private static final String[] FEMALE_GIVEN = {"Hương", "Lan", "Hoa", "Huyền", "Thảo", "Trang", "Hằng", "Nga", "Linh",
                "Mai", "Thủy", "Yến", "Phương", "Hà", "Dung", "Liên", "Loan", "Nhung", "Oanh", "Quyên", "Vân", "Ngân",
                "Giang", "Hạnh", "Hiền", "Huệ", "Lý", "My", "Nhàn", "Tâm", "Thơm", "Thúy", "Tuyết", "Uyên", "Xuân", "Anh",
                "Chi", "Diệp", "Hồng", "Lệ"};

        private final Random random;
        private final Set<String> used = new HashSet<>();

        Names(Random random) {
            this.random = random;
        }

        Person next(double femaleShare) {
            while (true) {
                boolean female = random.nextDouble() < femaleShare;
                String name = surname() + " " + pick(female ? FEMALE_MIDDLE : MALE_MIDDLE) + " "
                        + pick(female ? FEMALE_GIVEN : MALE_GIVEN);
                if (used.add(name)) {
                    return new Person(name, female);
                }
            }
        }

        private String surname() {
            int draw = random.nextInt(Arrays.stream(SURNAME_WEIGHTS).sum());
            for (int i = 0; i < SURNAMES.length; i++) {
                draw -= SURNAME_WEIGHTS[i];
                if (draw < 0) {
                    return SURNAMES[i];
                }
            }
            throw new IllegalStateException();
        }

        private String pick(String[] options) {
            return options[random.nextInt(options.length)];
        }
    }

    // ==== Design: the tree, the members and their intended levels =================================================

    static final class Designer {
        /** Share of HTNV members in ordinary cells of HTTNV organizations: sets the members' 83% HTTNV+. */
        static final double HTNV_SHARE_IN_GOOD_ORGS = 0.20;
        /** HTXSNV share of the HTTNV+ members in HTTNV organizations: sets the members' 16% (the quota allows 20%). */
        static final double EXCELLENT_SHARE_IN_GOOD_ORGS = 0.145;
        /** The grassroots committee whose secretary earns HTXSNV but is capped by the committee's HTTNV (C-HEAD). */
        static final String HEAD_ABOVE_ORG = "SKHDT";
        /**
         * Quota pressure: HTXSNV candidates beyond N = FLOOR(0.20 × HTTNV+), by grassroots organization. The authority
         * ranks them all in decisions.csv, except in TIED_AT_BOUNDARY, where it leaves the last place undecided.
         */
        static final Map<String, Integer> CANDIDATES_BEYOND_QUOTA = Map.of("SCT", 2, "BTGTU", 2, "CTHUE", 1, "BHXH", 2);
        static final String TIED_AT_BOUNDARY = "BHXH";
        /** The women's union: its staff, and so its members, are women. */
        static final String WOMENS_UNION = "HLHPN";

        final Random random;
        final Names names;
        final RowFiller filler;
        final Organization root = new Organization(ROOT_ID, "Đảng bộ Các cơ quan tỉnh", OrgType.SUPERIOR, null, null, null);
        private int memberNumber;

        Designer(Random random) {
            this.random = random;
            this.names = new Names(random);
            this.filler = new RowFiller(random);
        }

        DataSet design() {
            for (Body body : Catalogue.BODIES) {
                Organization grassroots = build(body);
                appointLeaders(grassroots);
                planLevels(grassroots);
            }
            OrgFiller orgFiller = new OrgFiller(random);
            root.subtree().skip(1).forEach(orgFiller::fill);
            root.subtree().flatMap(o -> o.members.stream()).forEach(filler::fill);
            SpecialCases special = new SpecialCases(this);
            special.apply();
            List<Collective> collectives = new CollectiveDesigner(root).design();
            collectives.stream().filter(c -> c.exemplary).forEach(c -> special.decisions.add(new Decision("COLLECTIVE",
                    c.id, Level.HTXSNV, "HTXSNV tiêu biểu năm 2022", SpecialCases.SUPERIOR_STANDING, null, true)));
            List<Organization> organizations = root.subtree().toList();
            return new DataSet(root, organizations, root.rows().toList(), special.decisions, special.pastLevels,
                    collectives);
        }

        Member newMember(Organization cell) {
            boolean womensUnion = cell.grassrootsOrg().id.equals(WOMENS_UNION);
            Member m = new Member(String.format("DV%04d", ++memberNumber), names.next(womensUnion ? 1.0 : 0.5), cell);
            m.admittedOn = admissionBefore2022();
            Staff staff = cell.grassrootsOrg().staff;
            m.civilServant = random.nextDouble() < staff.civilServantShare;
            return m;
        }

        /** Admissions over 1987–2021, recent years the most frequent: members admitted long ago have retired. */
        LocalDate admissionBefore2022() {
            int year = 2021 - (int) Math.min(34, Math.abs(random.nextGaussian() * 14));
            return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        }

        private Organization build(Body body) {
            Organization grassroots = new Organization(body.code(), body.orgName(), body.type(), root, body.basis(),
                    body.staff());
            if (body.type() == OrgType.GRASSROOTS_CELL) {
                populate(grassroots, body.members());
                return grassroots;
            }
            int cells = 0;
            int partials = 0;
            for (Unit unit : body.units()) {
                if (unit.partial()) {
                    String id = String.format("%s-BP%02d", body.code(), ++partials);
                    Organization partial = new Organization(id, "Đảng bộ bộ phận " + unit.name(), OrgType.PARTIAL_COMMITTEE,
                            grassroots, unit.basis(), body.staff());
                    int k = 0;
                    for (Unit c : unit.cells()) {
                        new Organization(String.format("%s-CB%02d", id, ++k), "Chi bộ " + c.name(), OrgType.CELL, partial,
                                c.basis(), body.staff());
                    }
                } else {
                    new Organization(String.format("%s-CB%02d", body.code(), ++cells), "Chi bộ " + unit.name(),
                            OrgType.CELL, grassroots, unit.basis(), body.staff());
                }
            }
            List<Organization> holders = grassroots.memberHolders();
            int[] sizes = split(body.members(), holders.size());
            for (int i = 0; i < holders.size(); i++) {
                populate(holders.get(i), sizes[i]);
            }
            return grassroots;
        }

        private void populate(Organization holder, int size) {
            for (int i = 0; i < size; i++) {
                newMember(holder);
            }
        }

        /** Splits a committee's members over its cells unevenly, as offices differ in size; at least 5 per cell. */
        private int[] split(int total, int parts) {
            double[] weights = new double[parts];
            for (int i = 0; i < parts; i++) {
                weights[i] = 0.7 + 0.6 * random.nextDouble();
            }
            double sum = Arrays.stream(weights).sum();
            int[] sizes = new int[parts];
            int given = 0;
            for (int i = 0; i < parts; i++) {
                sizes[i] = Math.max(5, (int) (total * weights[i] / sum));
                given += sizes[i];
            }
            for (int i = 0; given < total; i = (i + 1) % parts, given++) {
                sizes[i]++;
            }
            return sizes;
        }

        /**
         * Every organization has a secretary among the members of its own cells; a committee also has a deputy.
         * The grassroots secretary sits in the first cell, whose own secretary is another member.
         */
        private void appointLeaders(Organization grassroots) {
            List<Organization> holders = grassroots.memberHolders();
            appoint(holders.get(0), "SECRETARY", grassroots);
            if (grassroots.type == OrgType.GRASSROOTS_COMMITTEE) {
                appoint(holders.get(1), "DEPUTY_SECRETARY", grassroots);
                for (Organization partial : grassroots.children) {
                    if (partial.type == OrgType.PARTIAL_COMMITTEE) {
                        appoint(partial.children.get(0), "SECRETARY", partial);
                    }
                }
                holders.forEach(cell -> appoint(cell, "SECRETARY", cell));
            }
        }

        private void appoint(Organization cell, String role, Organization leads) {
            Member m = cell.members.stream().filter(x -> !x.leader()).findFirst().orElseThrow();
            m.leadershipRole = role;
            m.leads = leads;
        }

        /** Gives every member of a grassroots organization the level the design intends, before the quota. */
        private void planLevels(Organization grassroots) {
            List<Organization> holders = grassroots.memberHolders();
            holders.forEach(this::planHolder);
            planExcellent(grassroots, holders);
        }

        /**
         * Leaders by their rank, then the HTNV share among the other members, from the end of the list: positions
         * carry no meaning, names are random. A cell built to fail through a member always has one to fail.
         */
        private void planHolder(Organization holder) {
            List<Member> members = holder.members;
            members.forEach(m -> m.intended = m.leader() ? leaderLevel(m) : Level.HTTNV);
            List<Member> others = members.stream().filter(m -> !m.leader()).toList();
            long htnv = Math.max(1, Math.round(others.size() * htnvShare(holder)));
            for (int i = others.size() - 1; i >= others.size() - htnv; i--) {
                others.get(i).intended = Level.HTNV;
            }
        }

        /**
         * A secretary is not above the organization he or she heads (C-HEAD), so the design keeps heads at or below it;
         * the secretaries of HTXSNV organizations are HTXSNV, and one secretary is deliberately above (HEAD_ABOVE_ORG).
         */
        private Level leaderLevel(Member m) {
            Basis led = m.leads.basis;
            if (m.head() && m.leads.grassroots() && (led == Basis.EXCELLENT || m.leads.id.equals(HEAD_ABOVE_ORG))) {
                return Level.HTXSNV;
            }
            return led.level == null ? Level.HTTNV : Level.worse(Level.HTTNV, led.level);
        }

        private static double htnvShare(Organization holder) {
            Level org = holder.grassrootsOrg().basis.level;
            return switch (holder.basis) {
                case EXCELLENT -> 0.10;                 // at least 80% HTTNV+ (R1-ORG-XS)
                case GOOD_SUBORDINATES -> 0.25;         // a grassroots cell under 80% HTTNV+, yet over 50%
                case COMPLETED_GRADE -> 0.30;
                default -> org == Level.HTXSNV ? 0.10 : org == Level.HTNV ? 0.25 : HTNV_SHARE_IN_GOOD_ORGS;
            };
        }

        /**
         * HTXSNV candidates, spread round-robin over the cells. HTXSNV organizations fill their quota exactly; the
         * organizations under quota pressure get more candidates than N, which decisions.csv then ranks.
         */
        private void planExcellent(Organization grassroots, List<Organization> holders) {
            int good = (int) grassroots.rows().filter(m -> m.intended.goodOrAbove()).count();
            int quota = good / 5; // N = FLOOR(0.20 × (candidates + HTTNV)): contract, "The quota step"
            int wanted = excellentWanted(grassroots, good, quota);
            long planned = grassroots.rows().filter(m -> m.intended == Level.HTXSNV).count();
            List<Member> pool = roundRobin(holders, m -> !m.leader() && m.intended == Level.HTTNV);
            for (int i = 0; i < pool.size() && planned < wanted; i++, planned++) {
                pool.get(i).intended = Level.HTXSNV;
            }
        }

        private static int excellentWanted(Organization grassroots, int good, int quota) {
            Integer beyond = CANDIDATES_BEYOND_QUOTA.get(grassroots.id);
            if (beyond != null) {
                return quota + beyond;
            }
            return switch (grassroots.basis.level) {
                case HTXSNV -> quota;
                case HTTNV -> Math.min(quota, (int) Math.round(good * EXCELLENT_SHARE_IN_GOOD_ORGS));
                default -> Math.min(quota, (int) Math.round(good * 0.08));
            };
        }

        static List<Member> roundRobin(List<Organization> holders, Predicate<Member> eligible) {
            List<Member> out = new ArrayList<>();
            int longest = holders.stream().mapToInt(h -> h.members.size()).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (Organization h : holders) {
                    if (i < h.members.size() && eligible.test(h.members.get(i))) {
                        out.add(h.members.get(i));
                    }
                }
            }
            return out;
        }
    }

    /** Fills a member's row with grades, task counts and ratings that earn the intended level under HD21 II.B.2.3. */
    static final class RowFiller {
        private final Random random;

        RowFiller(Random random) {
            this.random = random;
        }

        void fill(Member m) {
            switch (m.intended) {
                case HTXSNV -> excellent(m);
                case HTTNV -> good(m);
                case HTNV -> completed(m);
                default -> throw new IllegalStateException("KHTNV rows are made by SpecialCases: " + m.id);
            }
            m.proposed = selfAssessment(m.intended);
        }

        /** R1-MEM-XS: tasks XS, the other criteria at least T, civil-service rating HTXSNV, an outstanding product. */
        void excellent(Member m) {
            m.tasksGrade = Grade.XS;
            m.politicsEthics = chance(0.7) ? Grade.XS : Grade.T;
            m.disciplineGrade = chance(0.6) ? Grade.XS : Grade.T;
            m.outstanding = true;
            m.jobRating = m.civilServant ? Level.HTXSNV : null;
            int total = between(8, 20);
            m.tasks = new TaskCounts(total, total, (int) Math.round(total * (0.3 + 0.3 * random.nextDouble())), 0, 0);
        }

        /** R1-MEM-T; a task grade XS without an outstanding product stays HTTNV (R1-MEM-XS/outstanding). */
        void good(Member m) {
            m.tasksGrade = chance(0.12) ? Grade.XS : Grade.T;
            m.politicsEthics = chance(0.25) ? Grade.XS : Grade.T;
            m.disciplineGrade = chance(0.2) ? Grade.XS : Grade.T;
            m.outstanding = false;
            m.jobRating = m.civilServant ? (chance(0.25) ? Level.HTXSNV : Level.HTTNV) : null;
            int total = between(6, 18);
            int late = chance(0.2) ? 1 : 0;
            m.tasks = new TaskCounts(total, total - late, random.nextInt(total / 4 + 1), late, 0);
        }

        /** R1-MEM-HT: tasks TB, or tasks T with a civil-service rating of only HTNV (R1-MEM-T/civil-service). */
        void completed(Member m) {
            boolean heldBackByJobRating = m.civilServant && chance(0.3);
            m.tasksGrade = heldBackByJobRating ? Grade.T : Grade.TB;
            m.jobRating = !m.civilServant ? null : heldBackByJobRating || chance(0.5) ? Level.HTNV : Level.HTTNV;
            m.politicsEthics = chance(0.6) ? Grade.T : Grade.TB;
            m.disciplineGrade = chance(0.6) ? Grade.T : Grade.TB;
            m.outstanding = false;
            int total = between(6, 16);
            int late = between(1, 3);
            int notDone = random.nextInt(3);
            m.tasks = new TaskCounts(total, total - late - notDone, 0, late, notDone);
        }

        /** Members propose their own level; some aim one higher than they get. */
        private Level selfAssessment(Level level) {
            return switch (level) {
                case HTTNV -> chance(0.1) ? Level.HTXSNV : Level.HTTNV;
                case HTNV -> chance(0.25) ? Level.HTTNV : Level.HTNV;
                default -> level;
            };
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        int between(int low, int high) {
            return low + random.nextInt(high - low + 1);
        }
    }

    /** Fills an organization's row with the criteria that give the level its Basis names (HD21 II.B.1.3). */
    static final class OrgFiller {
        private final Random random;

        OrgFiller(Random random) {
            this.random = random;
        }

        void fill(Organization o) {
            o.foundedOn = foundedOn(o);
            grade(o);
            o.targetsMetPct = switch (o.basis) {
                case EXCELLENT -> 100;
                case COMPLETED_GRADE -> 78 + random.nextInt(11);
                default -> 92 + random.nextInt(9);
            };
            // linked bodies: the agency itself and its trade union, youth union and women's union; cells have none
            o.linkedBodiesGood = o.grassroots() ? o.basis != Basis.GOOD_LINKED_BODIES : null;
            o.outstanding = switch (o.basis) {
                case EXCELLENT, GOOD_LINKED_BODIES, GOOD_SUBORDINATES -> true;
                default -> false;
            };
            o.proposed = o.basis.level == Level.HTTNV && o.grassroots() && random.nextInt(5) == 0
                    ? Level.HTXSNV : o.basis.level;
        }

        private void grade(Organization o) {
            Grade[] grades = switch (o.basis) {
                case EXCELLENT, GOOD_NOT_OUTSTANDING, GOOD_LINKED_BODIES, GOOD_SUBORDINATES -> new Grade[]{Grade.XS, Grade.XS};
                case GOOD_GRADES -> switch (random.nextInt(4)) {
                    case 0 -> new Grade[]{Grade.XS, Grade.T};
                    case 1 -> new Grade[]{Grade.T, Grade.XS};
                    default -> new Grade[]{Grade.T, Grade.T};
                };
                // a grassroots organization's shortfall is its political task (targets.csv T04 counts them)
                case COMPLETED_GRADE -> o.grassroots() || random.nextBoolean()
                        ? new Grade[]{Grade.TB, Grade.T} : new Grade[]{Grade.T, Grade.TB};
                case COMPLETED_MEMBER, NEW -> new Grade[]{Grade.T, Grade.T};
            };
            o.politicalTask = grades[0];
            o.partyBuilding = grades[1];
        }

        private LocalDate foundedOn(Organization o) {
            if (o.basis == Basis.NEW) {
                return LocalDate.of(YEAR, 8, 15);
            }
            int from = o.grassroots() ? 1976 : 1995;
            int to = o.grassroots() ? 2012 : 2017;
            return LocalDate.of(from + random.nextInt(to - from + 1), 1, 1).plusDays(random.nextInt(365));
        }
    }

    // ==== Special cases (regulations §6, contract "The quota step") ================================================

    /**
     * Lays the regulation's special cases over chosen rows. Each method names its rule; each touched row gets a story
     * for the report. Rows are chosen in tree order among ordinary members, so the same rows are chosen on every run.
     */
    static final class SpecialCases {
        private static final Level XS = Level.HTXSNV;
        private static final Level T = Level.HTTNV;
        private static final Level HT = Level.HTNV;
        /** Members admitted in 2022: 93 against a plan of 90 ("kết nạp đảng viên mới đạt 103%", seed 004). */
        static final int ADMITTED_FIRST_HALF = 58;
        static final int ADMITTED_SECOND_HALF = 35;
        static final List<String> EXEMPLARY = List.of("VPTU", "VPUB", "SCT", "STC", "SNV", "SGDDT", "CTHUE", "VKSND",
                "BTCTU", "UBKTTU");
        static final String SUPERIOR_STANDING = "Ban Thường vụ Đảng ủy Các cơ quan tỉnh";

        private final Designer d;
        private final RowFiller filler;
        final List<Decision> decisions = new ArrayList<>();
        /** Final levels of 2018–2021 (null: not classified that year) of the members whose history tells a story. */
        final Map<Member, Level[]> pastLevels = new LinkedHashMap<>();
        /** The six members meant to be HTXSNV five years running: the authority ranks them first. */
        private final Set<Member> fiveYears = new HashSet<>();
        /** HTXSNV 2018–2021 and a candidate again in 2022, ranked just beyond the quota: a near-miss of the streak. */
        private Member rankedBeyondQuota;

        SpecialCases(Designer d) {
            this.d = d;
            this.filler = d.filler;
        }

        /** The rows the figures depend on are chosen first, the bulk of new members last. */
        void apply() {
            knockOuts();
            fiveYearStreaks();
            sickLeave();
            maternityLeave();
            goodDespite();
            override();
            notReviewedOrNotClassified();
            newMembers();
            quotaDecisions();
            exemplary();
            badRows();
            committeeSeats();
        }

        private Organization org(String id) {
            return d.root.subtree().filter(o -> o.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no organization " + id));
        }

        /** The first ordinary member of an organization's tree planned at a level and matching a condition. */
        private Member pick(String orgId, Level intended, Predicate<Member> condition) {
            return org(orgId).rows().filter(m -> m.ordinary() && m.intended == intended && condition.test(m)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + intended + " member to pick in " + orgId));
        }

        private Member pick(String orgId, Level intended) {
            return pick(orgId, intended, m -> true);
        }

        /** The cell of a grassroots organization built to miss HTTNV because of one member (or the organization itself). */
        private String cellBrokenByMember(String grassrootsId) {
            return org(grassrootsId).subtree().filter(o -> o.basis == Basis.COMPLETED_MEMBER).findFirst().orElseThrow().id;
        }

        /** An extra row, outside the design's slots: members who are not classified, pending or rejected. */
        private Member extra(String cellId, Level filledAs, String story) {
            Member m = d.newMember(org(cellId));
            m.intended = filledAs;
            filler.fill(m);
            m.story = story;
            return m;
        }

        // C-EXEMPT, C-TEMP, C-PENDING: counted in the totals, in no percentage
        private void notReviewedOrNotClassified() {
            for (String cell : List.of("SNN-CB01", "TCT-CB02", "HCCB")) {
                Member m = extra(cell, T, "EXEMPT: exempt from party work and activities (long illness), not classified");
                m.status = MemberStatus.EXEMPT;
                m.admittedOn = LocalDate.of(1981 + d.random.nextInt(8), 3, 26);
                clearAssessment(m);
            }
            Member suspended = extra("QLTT", T, "SUSPENDED: suspended from party activities, not classified");
            suspended.status = MemberStatus.SUSPENDED;
            clearAssessment(suspended);
            temporary("STNMT", "VPUB-CB02");
            temporary("SYT", "CDC");
            temporary("SGDDT", "TCT-CB02");
            extra("QLTT", T, "reviewed=false: absent from the review (long-term training), PENDING").reviewed = false;
            extra("DPTTH-CB03", T, "reviewed=false: absent from the review (hospitalized), PENDING").reviewed = false;
        }

        /** Not reviewed: no grades, no tasks, no proposal. */
        private void clearAssessment(Member m) {
            m.politicsEthics = null;
            m.disciplineGrade = null;
            m.tasksGrade = null;
            m.tasks = null;
            m.jobRating = null;
            m.outstanding = false;
            m.proposed = null;
        }

        /** A second row at the temporary cell, repeating the member_id; the member is classified at the official cell. */
        private void temporary(String officialOrg, String temporaryCell) {
            Member official = pick(officialOrg, T);
            official.story = "official row of a member in temporary activity at " + temporaryCell;
            Member temp = new Member(official.id, new Person(official.fullName, official.female), org(temporaryCell));
            temp.status = MemberStatus.TEMPORARY;
            temp.admittedOn = official.admittedOn;
            temp.civilServant = official.civilServant;
            temp.intended = T;
            filler.fill(temp);
            temp.jobRating = official.jobRating;
            temp.proposed = null;
            temp.story = "TEMPORARY: row at the temporary cell, repeating " + official.id + ", not classified";
        }

        // C-NEW: admitted within six months before 31/12/2022 → reviewed, not classified
        private void newMembers() {
            List<Member> eligible = d.root.rows()
                    .filter(m -> m.ordinary() && (m.intended == T || m.intended == HT)).toList();
            int step = eligible.size() / ADMITTED_FIRST_HALF;
            for (int i = 0; i < ADMITTED_FIRST_HALF; i++) {
                Member m = eligible.get(i * step);
                m.admittedOn = i == 0 ? LocalDate.of(YEAR, 6, 30) : LocalDate.of(YEAR, 1, 10).plusDays(d.random.nextInt(170));
                m.story = i == 0 ? "admitted 2022-06-30: six months by 31/12, classified (C-NEW boundary)"
                        : "admitted in the first half of 2022: classified";
                m.proposed = m.intended;
            }
            List<Organization> holders = d.root.memberHolders();
            int stride = holders.size() / ADMITTED_SECOND_HALF;
            for (int i = 0; i < ADMITTED_SECOND_HALF; i++) {
                Organization cell = holders.get(i * stride + 1);
                Member m = extra(cell.id, T, "admitted in the second half of 2022: reviewed, NOT_CLASSIFIED (C-NEW)");
                m.admittedOn = switch (i) {
                    case 0 -> LocalDate.of(YEAR, 7, 1);
                    case 1 -> LocalDate.of(YEAR, 9, 1);
                    default -> LocalDate.of(YEAR, 7, 2).plusDays(d.random.nextInt(170));
                };
                if (i < 2) {
                    m.story = "admitted " + m.admittedOn + ": under six months by 31/12, NOT_CLASSIFIED (C-NEW)";
                }
                m.proposed = null;
            }
        }

        // R1-MEM-CAP-SICK: three months or more off sick → at most HTNV; R1-MEM-MATERNITY: no cap
        private void sickLeave() {
            Member boundary = pick("VPUB", HT);
            filler.excellent(boundary);
            boundary.sickLeaveMonths = BigDecimal.valueOf(3);
            boundary.proposed = XS;
            boundary.story = "sick_leave_months=3 with every HTXSNV condition: capped at HTNV (R1-MEM-CAP-SICK)";
            for (String[] c : new String[][]{{"TAND", "4.5"}, {"DPTTH", "6"}}) {
                Member m = pick(c[0], HT);
                filler.good(m);
                m.sickLeaveMonths = new BigDecimal(c[1]);
                m.proposed = T;
                m.story = "sick_leave_months=" + c[1] + " with HTTNV grades: capped at HTNV (R1-MEM-CAP-SICK)";
            }
            Member under = pick("HLHPN", T);
            under.sickLeaveMonths = BigDecimal.valueOf(2);
            under.story = "sick_leave_months=2: under three months, no cap (HTTNV)";
        }

        private void maternityLeave() {
            for (String org : List.of("HLHPN", "BHXH", "STC", "TDOAN", "CDC")) {
                onMaternityLeave(pick(org, T, m -> m.female), "HTTNV");
            }
            onMaternityLeave(pick("SGDDT", XS, m -> m.female), "HTXSNV");
        }

        private void onMaternityLeave(Member m, String level) {
            m.maternityLeave = true;
            // six months worked: fewer tasks, assessed on the time actually worked
            TaskCounts t = m.tasks;
            int total = Math.max(4, t.total() / 2);
            m.tasks = new TaskCounts(total, total, Math.min(t.exceeded(), total), 0, 0);
            m.story = "maternity_leave=true: " + level + " on the time worked, no cap (R1-MEM-MATERNITY)";
        }

        // R1-MEM-KO1..KO5: each knock-out once, in an organization built to be HTNV because of it
        private void knockOuts() {
            Member disciplined = knockOut(pick("LMHTX", HT),
                    "discipline=KHIEN_TRACH (reprimand, violation of 2022): KHTNV (R1-MEM-KO4)");
            disciplined.discipline = "KHIEN_TRACH";
            disciplined.violationYear = YEAR;
            disciplined.tasksGrade = Grade.T;

            Member degraded = knockOut(pick("NKTU", HT), "degradation=true: KHTNV (R1-MEM-KO1)");
            degraded.degradation = true;

            Member badRating = knockOut(pick(cellBrokenByMember("BQLDAGT"), HT, m -> m.civilServant),
                    "civil servant with job_rating=KHTNV: KHTNV (R1-MEM-KO3)");
            badRating.jobRating = Level.KHTNV;

            Member poor = knockOut(pick(cellBrokenByMember("SGTVT"), HT), "grade_discipline=K: KHTNV (R1-MEM-KO5)");
            poor.disciplineGrade = Grade.K;

            Member unfinished = knockOut(pick(cellBrokenByMember("SXD"), HT),
                    "6 of 10 tasks not done: KHTNV (R1-MEM-KO2)");
            unfinished.tasks = new TaskCounts(10, 3, 0, 1, 6);
        }

        private Member knockOut(Member m, String story) {
            m.intended = Level.KHTNV;
            m.politicsEthics = Grade.TB;
            m.disciplineGrade = Grade.TB;
            m.tasksGrade = Grade.TB;
            m.outstanding = false;
            m.proposed = HT;
            m.story = story;
            return m;
        }

        // R1-MEM-T under the default gen1_member_good_rule, and a civil servant not yet rated (a warning, no condition)
        private void goodDespite() {
            for (String org : List.of("SVHTTDL", "DPTTH", "SNN", "TAND", "HND", "BDT")) {
                Member m = pick(org, T);
                m.tasksGrade = Grade.T;
                m.disciplineGrade = Grade.TB;
                m.story = "grade_discipline=TB with tasks T: HTTNV under TASKS_GOOD_OTHERS_AVERAGE (HTNV under ALL_GOOD)";
            }
            for (String org : List.of("BQLKCN", "TTHCC")) {
                Member m = pick(org, T, x -> x.civilServant);
                m.jobRating = null;
                m.story = "civil servant without job_rating (recruited in 2022): HTTNV, warning only";
            }
        }

        /**
         * Six members HTXSNV 2018–2022 (seed 004: "6 cá nhân đạt HTXSNV 5 năm liền"), one of them moved between
         * organizations; and near-misses that must not count.
         */
        private void fiveYearStreaks() {
            for (String org : List.of("VPTU", "STC", "VKSND", "SCT", "UBKTTU")) {
                streak(pick(org, XS), "HTXSNV 2018–2022: five years running");
            }
            streak(pick("KBNN", XS), "HTXSNV 2018–2022, moved from Đảng bộ Sở Tài chính to Kho bạc in 2021: five years running");
            nearMiss(pick("VPUB", XS), new Level[]{XS, XS, T, XS}, "near-miss: HTTNV in 2020");
            nearMiss(pick("SNV", XS), new Level[]{XS, XS, XS, T},
                    "near-miss: moved in 2021 from a district committee, HTTNV that year");
            Member late = nearMiss(pick("TTR", XS), new Level[]{null, XS, XS, XS},
                    "near-miss: admitted 2018-09-02, not classified in 2018");
            late.admittedOn = LocalDate.of(2018, 9, 2);
            rankedBeyondQuota = nearMiss(pick("BTGTU", XS), new Level[]{XS, XS, XS, XS},
                    "near-miss: HTXSNV 2018–2021, ranked just beyond the quota in 2022");
            Member head = org(Designer.HEAD_ABOVE_ORG).rows()
                    .filter(m -> m.head() && m.leads.id.equals(Designer.HEAD_ABOVE_ORG)).findFirst().orElseThrow();
            nearMiss(head, new Level[]{XS, XS, XS, XS},
                    "near-miss: secretary earning HTXSNV, capped at the committee's HTTNV (C-HEAD)");
        }

        private void streak(Member m, String story) {
            fiveYears.add(nearMiss(m, new Level[]{XS, XS, XS, XS}, story));
        }

        private Member nearMiss(Member m, Level[] past, String story) {
            pastLevels.put(m, past);
            m.admittedOn = LocalDate.of(1996 + d.random.nextInt(15), 5, 19);
            m.story = story;
            return m;
        }

        /**
         * Quota pressure. A decision row with a rank and level HTXSNV about a candidate is the authority's order among
         * the candidates, not an override (contract, "The quota step"): in three organizations every candidate is
         * ranked, so the quota demotes exactly those beyond N; in a fourth the authority ranks N − 1 and leaves the
         * others tied for the last place, so they stay PENDING.
         */
        private void quotaDecisions() {
            for (String org : new TreeMap<>(Designer.CANDIDATES_BEYOND_QUOTA).keySet()) {
                List<Member> candidates = rankedCandidates(org);
                int quota = quotaOf(org);
                boolean tied = org.equals(Designer.TIED_AT_BOUNDARY);
                int ranked = tied ? quota - 1 : candidates.size();
                for (int i = 0; i < ranked; i++) {
                    Member m = candidates.get(i);
                    String reason = "Thứ tự xét HTXSNV " + (i + 1) + "/" + candidates.size() + " ứng viên, chỉ tiêu " + quota;
                    if (headOfCollectiveBelowOrg(m)) {
                        reason += "; tập thể chi ủy chỉ đạt HTTNV, bí thư không được xếp cao hơn (HD21 Mục II.B tiết 4)";
                        m.story = "secretary whose collective is HTTNV (C-HEAD): ranked last by the authority, demoted"
                                + " by the quota, so no quota place is lost to the cap";
                    }
                    decisions.add(new Decision("MEMBER", m.id, XS, reason, decidedBy(org), i + 1, false));
                }
                if (tied) {
                    candidates.subList(ranked, candidates.size())
                            .forEach(m -> m.story = "quota candidate left tied (unranked) at the boundary: PENDING");
                }
            }
        }

        /**
         * The authority's order: the five-year candidate, then the secretaries (but last a secretary whose collective
         * is below HTXSNV); the streak near-miss just beyond N.
         */
        private List<Member> rankedCandidates(String org) {
            List<Member> candidates = new ArrayList<>(org(org).rows().filter(m -> m.intended == XS).toList());
            Collections.shuffle(candidates, d.random);
            candidates.sort((a, b) -> fiveYears.contains(a) != fiveYears.contains(b)
                    ? Boolean.compare(fiveYears.contains(b), fiveYears.contains(a)) : Boolean.compare(b.head(), a.head()));
            // C-HEAD: a secretary is not above the collective he or she heads. Where that collective is only HTTNV the
            // secretary cannot keep HTXSNV, so the authority ranks the secretary last rather than lose a place to the cap.
            candidates.stream().filter(SpecialCases::headOfCollectiveBelowOrg).findFirst().ifPresent(head -> {
                candidates.remove(head);
                candidates.add(head);
            });
            if (candidates.remove(rankedBeyondQuota)) {
                candidates.add(quotaOf(org), rankedBeyondQuota);
            }
            return candidates;
        }

        private static boolean headOfCollectiveBelowOrg(Member m) {
            return m.head() && m.leads.id.equals(CollectiveDesigner.BELOW_ORG);
        }

        /** N as the quota step will compute it: the classified HTTNV+ members, before any demotion. */
        private int quotaOf(String org) {
            return (int) org(org).rows().filter(m -> m.intended.goodOrAbove() && !m.rejected()
                    && m.status == MemberStatus.ACTIVE && m.reviewed && !isNew(m)).count() / 5;
        }

        private static boolean isNew(Member m) {
            return m.admittedOn.isAfter(REFERENCE_DATE.minusMonths(6));
        }

        /** Members are decided by their grassroots committee (Đảng ủy), or by the grassroots cell itself. */
        private String decidedBy(String org) {
            Organization o = org(org);
            return o.type == OrgType.GRASSROOTS_CELL ? o.name : o.name.replace("Đảng bộ", "Đảng ủy");
        }

        /** An override: the committee verified a complaint and decided one level below the computed one. */
        private void override() {
            Member m = pick("STP", T);
            m.story = "computed HTTNV, decided HTNV by the committee after verifying a complaint (override)";
            decisions.add(new Decision("MEMBER", m.id, HT,
                    "Xác minh đơn phản ánh: chưa gương mẫu trong thực hiện nhiệm vụ được giao", decidedBy("STP"), null,
                    false));
        }

        /** "10 tập thể đạt tiêu chuẩn HTXSNV tiêu biểu năm 2022" (seed 004): the authority's selection (A-TIEUBIEU). */
        private void exemplary() {
            for (String org : EXEMPLARY) {
                decisions.add(new Decision("ORGANIZATION", org, XS, "HTXSNV tiêu biểu năm 2022", SUPERIOR_STANDING, null,
                        true));
            }
        }

        /**
         * Seats on the committees whose collectives tell a story (CollectiveDesigner), set last so that no member
         * chosen above changes. A collective's knock-outs count its members (R1-COL-KO1, R1-COL-KO4), and its
         * secretary is capped by it (C-HEAD): the collective meant to be KHTNV is therefore headed by the member who is
         * KHTNV anyway, so the cap lowers nobody.
         */
        private void committeeSeats() {
            Organization knockedOut = org(CollectiveDesigner.KNOCKED_OUT);
            Member degraded = knockedOut.rows().filter(m -> m.degradation).findFirst().orElseThrow();
            Member formerHead = knockedOut.rows().filter(m -> m.head() && m.leads == knockedOut).findFirst().orElseThrow();
            formerHead.leadershipRole = "DEPUTY_SECRETARY";
            degraded.leadershipRole = "SECRETARY";
            degraded.leads = knockedOut;
            degraded.story += "; secretary of the cell: its committee is KHTNV (R1-COL-KO1), the head cap lowers nobody";
            Organization reprimandedOrg = org(CollectiveDesigner.REPRIMANDED_SEAT);
            Member reprimanded = reprimandedOrg.rows().filter(m -> "KHIEN_TRACH".equals(m.discipline)).findFirst()
                    .orElseThrow();
            reprimanded.leadershipRole = "MEMBER";
            reprimanded.leads = reprimandedOrg;
            reprimanded.story += "; member of the cell committee: a reprimand alone does not knock the collective out"
                    + " (R1-COL-KO4)";
        }

        /** Rows the engine must refuse into rejected.csv; they stand outside every figure. */
        private void badRows() {
            extra("SCT-CB02", T, "REJECTED: grade_tasks=\"Khá\" is no grade of the scale").badCells.put("grade_tasks", "Khá");
            extra("SCT-CB05", T, "REJECTED: org_id SCT-CB06 does not exist").badCells.put("org_id", "SCT-CB06");
            Member sum = extra("KBNN-CB03", T, "REJECTED: tasks_total 12 ≠ 9 on time + 1 late + 1 not done");
            sum.tasks = new TaskCounts(11, 9, 2, 1, 1);
            sum.badCells.put("tasks_total", "12");
        }
    }

    // ==== Leadership collectives (regulations §4.1 R1-COL-*, §5 Q-2) ===============================================

    /**
     * collectives.csv: the leadership collective (tập thể cấp ủy) of each grassroots organization that has a committee,
     * meant to give seed 004's 13 HTXSNV, 52 HTTNV, 2 HTNV and 1 KHTNV. A collective leads its organization, so its two
     * graded criteria and its outstanding achievement follow the organization's row, except where a case below says
     * otherwise. R1-COL-CAP keeps a collective at or below its organization, and C-HEAD keeps the secretary at or below
     * both: every case is laid out so that the cap lowers no secretary (SpecialCases.committeeSeats, rankedCandidates).
     * No random draw: the other files keep their bytes.
     */
    static final class CollectiveDesigner {
        /**
         * A cell of fewer than nine full members elects a secretary, and a deputy if needed, but no cell committee
         * (Điều lệ Đảng, Điều 24 khoản 4): the five smallest grassroots cells, of 5 or 6 members, have no leadership
         * collective to classify. The cells of 7–9 members elected a committee at their 2020 congress.
         */
        static final int NO_COMMITTEE_MAX_MEMBERS = 6;
        /** An HTXSNV organization whose committee's own party-building programme is graded T: HTTNV (R1-COL-XS/criteria). */
        static final String BELOW_ORG = "BTGTU";
        /** The cell whose secretary is concluded degraded: its committee is KHTNV (R1-COL-KO1). */
        static final String KNOCKED_OUT = "NKTU";
        /** The cell whose reprimanded member sits on the committee: no knock-out (R1-COL-KO4), HTNV by R1-COL-CAP. */
        static final String REPRIMANDED_SEAT = "LMHTX";

        private final Organization root;

        CollectiveDesigner(Organization root) {
            this.root = root;
        }

        static boolean hasCommittee(Organization grassroots) {
            return grassroots.type == OrgType.GRASSROOTS_COMMITTEE || grassroots.rows().count() > NO_COMMITTEE_MAX_MEMBERS;
        }

        /** Đảng ủy (DU) of a grassroots committee, chi ủy (CU) of a grassroots cell. */
        static String idOf(Organization grassroots) {
            return (grassroots.type == OrgType.GRASSROOTS_COMMITTEE ? "DU-" : "CU-") + grassroots.id;
        }

        List<Collective> design() {
            List<Collective> out = new ArrayList<>();
            root.children.stream().filter(Organization::grassroots).filter(CollectiveDesigner::hasCommittee).forEach(o -> {
                Collective c = new Collective(idOf(o), o, intended(o));
                c.politicalTask = o.politicalTask;
                c.partyBuilding = o.id.equals(BELOW_ORG) ? Grade.T : o.partyBuilding;
                c.outstanding = o.outstanding;
                c.exemplary = SpecialCases.EXEMPLARY.contains(o.id);
                boolean bothExcellent = c.politicalTask == Grade.XS && c.partyBuilding == Grade.XS;
                c.proposed = bothExcellent || o.id.equals(BELOW_ORG) ? Level.HTXSNV
                        : o.id.equals(KNOCKED_OUT) ? Level.HTNV : o.id.equals(REPRIMANDED_SEAT) ? Level.HTTNV : c.intended;
                c.story = story(c, bothExcellent);
                out.add(c);
            });
            return out;
        }

        private static Level intended(Organization o) {
            if (o.id.equals(BELOW_ORG)) {
                return Level.HTTNV;
            }
            return o.id.equals(KNOCKED_OUT) ? Level.KHTNV : o.basis.level;
        }

        private static String story(Collective c, boolean bothExcellent) {
            String id = c.org.id;
            if (id.equals(KNOCKED_OUT)) {
                return "KHTNV: its secretary is concluded degraded (R1-COL-KO1)";
            }
            if (id.equals(REPRIMANDED_SEAT)) {
                return "HTNV: criteria T/T and a reprimanded member, no knock-out (R1-COL-KO4), capped at the"
                        + " organization's HTNV (R1-COL-CAP)";
            }
            if (id.equals(BELOW_ORG)) {
                return "HTTNV below its HTXSNV organization: party-building programme graded T (R1-COL-XS/criteria)";
            }
            return switch (c.intended) {
                case HTXSNV -> c.exemplary ? "HTXSNV, selected tiêu biểu (decisions.csv)" : "HTXSNV (R1-COL-XS)";
                case HTTNV -> !bothExcellent ? "HTTNV: a criterion graded T (R1-COL-XS/criteria)"
                        : c.outstanding ? "HTTNV: meets R1-COL-XS, capped at the organization's HTTNV (R1-COL-CAP)"
                        : "HTTNV: no outstanding achievement (R1-COL-XS/outstanding)";
                case HTNV -> "HTNV: a criterion graded TB (R1-COL-T/criteria; R1-COL-CAP gives the same)";
                case KHTNV -> throw new IllegalStateException(id);
            };
        }
    }

    // ==== The pack's conditions, mirrored (rulepacks/qd132-hd21/*.drl, parameters.csv) =============================

    /** What the mirror derives for one subject. */
    static final class Outcome {
        Status status;
        Level computed;
        Level level;
        boolean quotaDemoted;
        boolean headCapped;

        Outcome(Status status, Level computed) {
            this.status = status;
            this.computed = computed;
            this.level = status == Status.CLASSIFIED ? computed : null;
        }
    }

    record Results(Map<Member, Outcome> members, Map<Organization, Outcome> organizations,
                   Map<Collective, Outcome> collectives, List<Member> demoted, List<Member> tiedPending,
                   List<Member> headCapped, List<String> quotaWarnings, List<Collective> collectivesOverQuota) {
    }

    /** Counts of one subject type in one scope, as summary.csv has them. */
    static final class Tally {
        int total;
        int classified;
        int notClassified;
        int pending;
        final int[] levels = new int[4];

        void add(Outcome o) {
            total++;
            switch (o.status) {
                case CLASSIFIED -> {
                    classified++;
                    levels[o.level.ordinal()]++;
                }
                case NOT_CLASSIFIED -> notClassified++;
                case PENDING -> pending++;
            }
        }

        int count(Level l) {
            return levels[l.ordinal()];
        }

        int goodOrAbove() {
            return count(Level.HTXSNV) + count(Level.HTTNV);
        }

        String pctGoodOrAbove() {
            return percent(goodOrAbove(), classified);
        }

        String pctExcellent() {
            return percent(count(Level.HTXSNV), classified);
        }

        String pctExcellentOfGoodOrAbove() {
            return percent(count(Level.HTXSNV), goodOrAbove());
        }

        /** Rounded half up to a whole number; empty over an empty base (contract, "Percentages"). */
        static String percent(int part, int base) {
            return base == 0 ? "" : BigDecimal.valueOf(100L * part)
                    .divide(BigDecimal.valueOf(base), 0, RoundingMode.HALF_UP).toPlainString();
        }

        static Tally of(Stream<Outcome> outcomes) {
            Tally t = new Tally();
            outcomes.forEach(t::add);
            return t;
        }
    }

    /**
     * Derives every level from the rows alone, in the contract's bottom-up order: members → their quota and
     * decisions → cells → partial committees → the grassroots organization → its collective, then the collectives'
     * quota and decisions; the head cap flows down last. Only the conditions this data set can trigger are mirrored
     * for organizations (it has no corruption, disunity or collective discipline); collectives' rules in full.
     */
    static final class PackMirror {
        private final DataSet data;
        private final Map<Member, Outcome> members = new LinkedHashMap<>();
        private final Map<Organization, Outcome> organizations = new LinkedHashMap<>();
        private final Map<Collective, Outcome> collectives = new LinkedHashMap<>();
        private final List<Collective> collectivesOverQuota = new ArrayList<>();
        private final List<Member> demoted = new ArrayList<>();
        private final List<Member> tiedPending = new ArrayList<>();
        private final List<Member> headCapped = new ArrayList<>();
        private final List<String> quotaWarnings = new ArrayList<>();

        PackMirror(DataSet data) {
            this.data = data;
        }

        Results classify() {
            data.rows().stream().filter(m -> !m.rejected()).forEach(m -> members.put(m, member(m)));
            data.grassroots().forEach(this::memberQuota);
            applyMemberDecisions();
            decideTree(data.root());
            organizationQuotaWarnings();
            data.collectives().forEach(c -> collectives.put(c, collective(c)));
            applyCollectiveDecisions();
            collectiveQuota();
            applyHeadCaps();
            return new Results(members, organizations, collectives, demoted, tiedPending, headCapped, quotaWarnings,
                    collectivesOverQuota);
        }

        // --- members: member/eligibility.drl, member/member.drl -------------------------------------------------

        private Outcome member(Member m) {
            if (m.status != MemberStatus.ACTIVE || m.admittedOn.isAfter(REFERENCE_DATE.minusMonths(6))) {
                return new Outcome(Status.NOT_CLASSIFIED, null); // C-EXEMPT, C-TEMP, C-NEW
            }
            Level level = knockedOut(m) ? Level.KHTNV : highestMet(m);
            if (m.sickLeaveMonths != null && m.sickLeaveMonths.compareTo(BigDecimal.valueOf(3)) >= 0) {
                level = Level.worse(level, Level.HTNV); // R1-MEM-CAP-SICK
            }
            return new Outcome(m.reviewed ? Status.CLASSIFIED : Status.PENDING, level); // C-PENDING
        }

        /** R1-MEM-KO1..KO4 (KO5, a grade K, is "does not reach HTNV" in highestMet). */
        private static boolean knockedOut(Member m) {
            boolean underHalfDone = m.tasks != null && m.tasks.total() > 0 && 2 * m.tasks.done() < m.tasks.total();
            return m.degradation || underHalfDone || (m.civilServant && m.jobRating == Level.KHTNV) || m.discipline != null;
        }

        /** A level's conditions include those of every lower level (LevelDecider); gen1_member_good_rule default. */
        private static Level highestMet(Member m) {
            List<Grade> grades = List.of(m.politicsEthics, m.disciplineGrade, m.tasksGrade);
            if (grades.contains(Grade.K)) {
                return Level.KHTNV;
            }
            boolean jobBelowGood = m.civilServant && (m.jobRating == Level.HTNV || m.jobRating == Level.KHTNV);
            if (m.tasksGrade == Grade.TB || jobBelowGood) {
                return Level.HTNV;
            }
            boolean othersGood = m.politicsEthics != Grade.TB && m.disciplineGrade != Grade.TB;
            boolean jobExcellent = !m.civilServant || m.jobRating == null || m.jobRating == Level.HTXSNV;
            return m.tasksGrade == Grade.XS && othersGood && jobExcellent && m.outstanding ? Level.HTXSNV : Level.HTTNV;
        }

        // --- the members' quota, within each grassroots organization (contract, "The quota step") ---------------

        private void memberQuota(Organization grassroots) {
            List<Member> classified = grassroots.rows().filter(members::containsKey)
                    .filter(m -> members.get(m).status == Status.CLASSIFIED).toList();
            List<Member> candidates = classified.stream().filter(m -> members.get(m).computed == Level.HTXSNV).toList();
            long good = classified.stream().filter(m -> members.get(m).computed.goodOrAbove()).count();
            int places = (int) (good / 5);
            if (candidates.size() <= places) {
                return;
            }
            List<Member> named = candidates.stream().filter(m -> decided(m) == Level.HTXSNV && rank(m) == null).toList();
            places = Math.max(0, places - named.size());
            List<Member> ranked = candidates.stream().filter(m -> rank(m) != null)
                    .sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
            List<Member> unranked = candidates.stream().filter(m -> decided(m) == null).toList();
            for (Member m : ranked) {
                if (places > 0) {
                    places--;
                } else {
                    demote(m);
                }
            }
            if (unranked.size() <= places) {
                return;
            }
            if (places == 0) {
                unranked.forEach(this::demote);
            } else {
                unranked.forEach(this::leaveTied);
            }
        }

        private void demote(Member m) {
            Outcome o = members.get(m);
            o.level = Level.HTTNV;
            o.quotaDemoted = true;
            demoted.add(m);
        }

        private void leaveTied(Member m) {
            Outcome o = members.get(m);
            o.status = Status.PENDING;
            o.level = null;
            tiedPending.add(m);
        }

        /** Overrides only: a ranking row (rank and level HTXSNV) was used by the quota step. */
        private void applyMemberDecisions() {
            for (Decision d : data.decisions()) {
                if (d.subjectType().equals("MEMBER") && !(d.rank() != null && d.level() == Level.HTXSNV)) {
                    members.entrySet().stream()
                            .filter(e -> e.getKey().id.equals(d.subjectId()) && e.getKey().status != MemberStatus.TEMPORARY)
                            .filter(e -> e.getValue().status == Status.CLASSIFIED)
                            .forEach(e -> e.getValue().level = d.level());
                }
            }
        }

        private Decision decision(String type, String id) {
            return data.decisions().stream().filter(d -> d.subjectType().equals(type) && d.subjectId().equals(id))
                    .findFirst().orElse(null);
        }

        private Level decided(Member m) {
            Decision d = decision("MEMBER", m.id);
            return d == null ? null : d.level();
        }

        private Integer rank(Member m) {
            Decision d = decision("MEMBER", m.id);
            return d == null ? null : d.rank();
        }

        // --- organizations: organization/eligibility.drl, organization/organization.drl --------------------------

        private void decideTree(Organization o) {
            o.children.forEach(this::decideTree);
            if (o.type != OrgType.SUPERIOR) {
                Outcome outcome = organization(o);
                Decision d = decision("ORGANIZATION", o.id);
                if (d != null && outcome.status == Status.CLASSIFIED) {
                    outcome.level = d.level();
                }
                organizations.put(o, outcome);
            }
        }

        private Outcome organization(Organization o) {
            if (o.foundedOn.isAfter(REFERENCE_DATE.minusMonths(6))) {
                return new Outcome(Status.NOT_CLASSIFIED, null); // C-NEWORG
            }
            Subordinates s = subordinates(o);
            boolean knockedOut = o.targetsMetPct < 50 || o.partyBuilding == Grade.K || 5 * s.disciplined > s.total;
            return new Outcome(Status.CLASSIFIED, knockedOut ? Level.KHTNV : highestMet(o, s));
        }

        private static Level highestMet(Organization o, Subordinates s) {
            if (o.politicalTask == Grade.K || o.partyBuilding == Grade.K) {
                return Level.KHTNV;
            }
            // R1-ORG-T's linked-bodies condition always holds here: linked_bodies_good=false reads as HTNV
            boolean gradesGood = o.politicalTask != Grade.TB && o.partyBuilding != Grade.TB;
            if (!gradesGood || !s.allAtLeastHtnv() || 2 * s.goodOrAbove < s.classified) {
                return Level.HTNV;
            }
            boolean gradesExcellent = o.politicalTask == Grade.XS && o.partyBuilding == Grade.XS;
            boolean linkedGood = o.linkedBodiesGood == null || o.linkedBodiesGood;
            boolean excellent = gradesExcellent && 5 * s.goodOrAbove >= 4 * s.classified && linkedGood && o.outstanding;
            return excellent ? Level.HTXSNV : Level.HTTNV;
        }

        /** SubordinateResults: members for a cell, cells and partial committees for a committee (C-DENOM). */
        record Subordinates(int total, int classified, int atLeastHtnv, int goodOrAbove, int disciplined) {
            boolean allAtLeastHtnv() {
                return atLeastHtnv == classified;
            }
        }

        private Subordinates subordinates(Organization o) {
            List<Outcome> outcomes = o.holdsMembers()
                    ? o.members.stream().filter(members::containsKey).map(members::get).toList()
                    : o.children.stream().map(organizations::get).toList();
            int disciplined = (int) o.members.stream().filter(m -> members.containsKey(m) && m.discipline != null).count();
            List<Level> levels = outcomes.stream().filter(x -> x.status == Status.CLASSIFIED).map(x -> x.level).toList();
            return new Subordinates(outcomes.size(), levels.size(),
                    (int) levels.stream().filter(l -> l.atLeast(Level.HTNV)).count(),
                    (int) levels.stream().filter(Level::goodOrAbove).count(), disciplined);
        }

        // --- collectives: collective/collective.drl, common/collective-eligibility.drl -----------------------------

        /** After the organization it leads is final: R1-COL-KO1…KO4, R1-COL-XS/T/HT, then R1-COL-CAP (ENFORCE). */
        private Outcome collective(Collective c) {
            Organization o = c.org;
            if (o.foundedOn.isAfter(REFERENCE_DATE.minusMonths(6))) {
                return new Outcome(Status.NOT_CLASSIFIED, null); // C-NEWORG/collective: founded_on is the organization's
            }
            List<Member> seats = seats(o);
            boolean degraded = seats.stream().anyMatch(m -> m.degradation);                       // R1-COL-KO1
            boolean warningOrAbove = seats.stream().anyMatch(m -> m.discipline != null            // R1-COL-KO4
                    && !m.discipline.equals("KHIEN_TRACH"));
            // R1-COL-KO2 needs key_targets_missed, false in every organization row of this data set
            boolean knockedOut = c.disunity || degraded || c.discipline != null || warningOrAbove; // KO1, KO3, KO4
            Level level = knockedOut ? Level.KHTNV : highestMet(c);
            Outcome led = organizations.get(o);
            if (led.status == Status.CLASSIFIED) {
                level = Level.worse(level, led.level);                                            // R1-COL-CAP
            }
            return new Outcome(Status.CLASSIFIED, level);
        }

        /** The members of a collective: leadership_role for that organization (Context.collectiveMembers). */
        private List<Member> seats(Organization o) {
            return members.keySet().stream()
                    .filter(m -> m.leader() && m.leads == o && m.status != MemberStatus.TEMPORARY).toList();
        }

        private static Level highestMet(Collective c) {
            List<Grade> grades = List.of(c.politicalTask, c.partyBuilding);
            if (grades.contains(Grade.K)) {
                return Level.KHTNV;                                                               // R1-COL-HT/criteria
            }
            if (grades.contains(Grade.TB)) {
                return Level.HTNV;                                                                // R1-COL-T/criteria
            }
            boolean excellent = c.politicalTask == Grade.XS && c.partyBuilding == Grade.XS && c.outstanding && !c.disunity;
            return excellent ? Level.HTXSNV : Level.HTTNV;
        }

        /** A decision that names a level applies (the exemplary selections name the level computed: no change). */
        private void applyCollectiveDecisions() {
            for (Decision d : data.decisions()) {
                if (d.subjectType().equals("COLLECTIVE")) {
                    collectives.entrySet().stream().filter(e -> e.getKey().id.equals(d.subjectId()))
                            .filter(e -> e.getValue().status == Status.CLASSIFIED)
                            .forEach(e -> e.getValue().level = d.level());
                }
            }
        }

        /**
         * Q-2: the collectives of grassroots organizations under one superior committee, at most
         * FLOOR(0.20 × HTTNV+); those the authority names HTXSNV keep it first. This data set has no ranks for
         * collectives: candidates beyond the places left are demoted when none is left, else tied (not designed).
         */
        private void collectiveQuota() {
            List<Outcome> classified = collectives.values().stream().filter(o -> o.status == Status.CLASSIFIED).toList();
            long good = classified.stream().filter(o -> o.level.goodOrAbove()).count();
            List<Collective> named = collectives.keySet().stream().filter(c -> collectiveDecision(c) != null
                    && collectives.get(c).level == Level.HTXSNV).toList();
            List<Collective> candidates = collectives.keySet().stream().filter(c -> collectiveDecision(c) == null
                    && collectives.get(c).status == Status.CLASSIFIED && collectives.get(c).level == Level.HTXSNV).toList();
            int places = (int) Math.max(0, good / 5 - named.size());
            if (candidates.size() <= places) {
                return;
            }
            if (places == 0) {
                candidates.forEach(c -> {
                    collectives.get(c).level = Level.HTTNV;
                    collectives.get(c).quotaDemoted = true;
                });
            } else {
                candidates.forEach(c -> {
                    collectives.get(c).status = Status.PENDING;
                    collectives.get(c).level = null;
                });
            }
            collectivesOverQuota.addAll(candidates);
        }

        private Decision collectiveDecision(Collective c) {
            return decision("COLLECTIVE", c.id);
        }

        // --- C-HEAD, after the organization and its collective are decided; it never re-decides them -------------

        private void applyHeadCaps() {
            Map<Organization, Outcome> collectiveOf = new LinkedHashMap<>();
            collectives.forEach((c, o) -> collectiveOf.put(c.org, o));
            members.forEach((m, o) -> {
                Outcome led = m.head() ? organizations.get(m.leads) : null;
                if (o.status != Status.CLASSIFIED || led == null || led.status != Status.CLASSIFIED) {
                    return;
                }
                Level cap = led.level;
                Outcome collective = collectiveOf.get(m.leads);
                if (collective != null && collective.status == Status.CLASSIFIED) {
                    cap = Level.worse(cap, collective.level);
                }
                if (!cap.atLeast(o.level)) {
                    o.level = cap;
                    o.headCapped = true;
                    headCapped.add(m);
                }
            });
        }

        /** Organizations only warn under this pack (quota.enforce.organization=WARN); the design keeps within it. */
        private void organizationQuotaWarnings() {
            quotaCheck("grassroots organizations under " + ROOT_ID,
                    organizations.keySet().stream().filter(Organization::grassroots).toList());
            for (Organization g : data.grassroots()) {
                quotaCheck("cells of " + g.id, g.subtree().filter(o -> o != g).toList());
            }
        }

        private void quotaCheck(String group, List<Organization> orgs) {
            List<Outcome> classified = orgs.stream().map(organizations::get).filter(o -> o.status == Status.CLASSIFIED).toList();
            long candidates = classified.stream().filter(o -> o.computed == Level.HTXSNV).count();
            long good = classified.stream().filter(o -> o.computed.goodOrAbove()).count();
            if (candidates > good / 5) {
                quotaWarnings.add(group + ": " + candidates + " HTXSNV for N=" + good / 5);
            }
        }
    }

    // ==== History and targets ====================================================================================

    /** history.csv: final levels 2018–2021 that make exactly six members HTXSNV five years running. */
    static final class HistoryMaker {
        private final Random random;
        private final DataSet data;
        private final Results results;

        HistoryMaker(Random random, DataSet data, Results results) {
            this.random = random;
            this.data = data;
            this.results = results;
        }

        List<HistoryRow> make() {
            List<HistoryRow> rows = new ArrayList<>();
            for (Organization o : data.organizations()) {
                Outcome now = results.organizations().get(o);
                if (now != null && now.status == Status.CLASSIFIED) {
                    rows.addAll(organizationHistory(o, now.level));
                }
            }
            List<Member> officialRows = data.rows().stream()
                    .filter(m -> !m.rejected() && m.status != MemberStatus.TEMPORARY)
                    .sorted((a, b) -> a.id.compareTo(b.id)).toList();
            for (Member m : officialRows) {
                rows.addAll(memberHistory(m));
            }
            return rows;
        }

        /** No organization is HTXSNV five years running: seed 004 proposes no such award. */
        private List<HistoryRow> organizationHistory(Organization o, Level now) {
            Level[] past = new Level[4];
            for (int i = 0; i < 4; i++) {
                past[i] = pastLevel(now == Level.HTXSNV ? 0.5 : 0.15, now == Level.HTNV ? 0.45 : 0.1);
            }
            breakStreak(past, now);
            List<HistoryRow> rows = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rows.add(new HistoryRow("ORGANIZATION", o.id, FIRST_HISTORY_YEAR + i, past[i]));
            }
            return rows;
        }

        private List<HistoryRow> memberHistory(Member m) {
            Level[] past = data.pastLevels().containsKey(m) ? data.pastLevels().get(m) : randomPast(m);
            List<HistoryRow> rows = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int year = FIRST_HISTORY_YEAR + i;
                boolean classifiedThatYear = !m.admittedOn.isAfter(LocalDate.of(year, 6, 30))
                        && !(m.status == MemberStatus.EXEMPT && year == 2021); // exempt since 2021
                if (past[i] != null && classifiedThatYear) {
                    rows.add(new HistoryRow("MEMBER", m.id, year, past[i]));
                }
            }
            return rows;
        }

        /** Earlier years resemble 2022; nobody outside the six gets four HTXSNV years in a row. */
        private Level[] randomPast(Member m) {
            Outcome now = results.members().get(m);
            Level reference = now.level != null ? now.level : now.computed != null ? now.computed : Level.HTTNV;
            Level[] past = new Level[4];
            for (int i = 0; i < 4; i++) {
                past[i] = switch (reference) {
                    case HTXSNV -> pastLevel(0.5, 0.0);
                    case HTTNV -> pastLevel(0.12, 0.1);
                    default -> pastLevel(0.0, 0.45);
                };
            }
            breakStreak(past, Level.HTXSNV);
            return past;
        }

        private static void breakStreak(Level[] past, Level now) {
            if (now == Level.HTXSNV && Arrays.stream(past).allMatch(l -> l == Level.HTXSNV)) {
                past[2] = Level.HTTNV;
            }
        }

        private Level pastLevel(double excellent, double completed) {
            double draw = random.nextDouble();
            return draw < excellent ? Level.HTXSNV : draw < excellent + completed ? Level.HTNV : Level.HTTNV;
        }
    }

    /** targets.csv: the eight targets of the 2022 resolution, as seed 004 reports them ("8/8 chỉ tiêu đạt và vượt"). */
    static final class Targets {
        static List<TargetRow> of(DataSet data, Results results) {
            long admitted = data.rows().stream()
                    .filter(m -> !m.rejected() && m.status != MemberStatus.TEMPORARY && m.admittedOn.getYear() == YEAR)
                    .count();
            List<Organization> grassroots = data.grassroots();
            long politicalTaskGood = grassroots.stream()
                    .filter(o -> o.politicalTask == Grade.XS || o.politicalTask == Grade.T).count();
            return List.of(
                    new TargetRow("T01", "Kết nạp đảng viên mới", "COUNT", "", 90, (int) admitted, ""),
                    new TargetRow("T02", "100% cán bộ, đảng viên được nghiên cứu, học tập, quán triệt các chỉ thị, "
                            + "nghị quyết của Đảng", "COUNT", "", 100, 100, ""),
                    new TargetRow("T03", "100% chi bộ tổ chức kiểm điểm việc làm theo gương Bác gắn với thực hiện "
                            + "Nghị quyết Trung ương 4 (khóa XII) tại các kỳ sinh hoạt", "COUNT", "", 100, 100, ""),
                    new TargetRow("T04", "95% tổ chức cơ sở đảng lãnh đạo hoàn thành tốt nhiệm vụ chính trị của cơ quan, đơn vị",
                            "COUNT", "", 95, Integer.parseInt(Tally.percent((int) politicalTaskGood, grassroots.size())), ""),
                    new TargetRow("T05", "Từ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                            "SHARE_GOOD_OR_ABOVE", "GRASSROOTS_ORG", 90, null, ""),
                    new TargetRow("T06", "Từ 80% đảng viên hoàn thành tốt nhiệm vụ trở lên",
                            "SHARE_GOOD_OR_ABOVE", "MEMBER", 80, null, ""),
                    new TargetRow("T07", "Trong đó ít nhất 20% tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ",
                            "SHARE_EXCELLENT", "GRASSROOTS_ORG", 20, null, "GOOD_OR_ABOVE"),
                    new TargetRow("T08", "Trong đó ít nhất 15% đảng viên hoàn thành xuất sắc nhiệm vụ",
                            "SHARE_EXCELLENT", "MEMBER", 15, null, "GOOD_OR_ABOVE"));
        }
    }

    // ==== Report and design check ================================================================================

    static final class Report {
        /** Seed 004: 14 HTXSNV, 56 HTTNV, 3 HTNV, 0 KHTNV grassroots organizations; members 83% and 16%. */
        static final int[] PUBLISHED_GRASSROOTS = {14, 56, 3, 0};
        /** Seed 004: leadership collectives 13 HTXSNV, 52 HTTNV, 2 HTNV, 1 KHTNV; 10 collectives HTXSNV tiêu biểu. */
        static final int[] PUBLISHED_COLLECTIVES = {13, 52, 2, 1};
        static final int EXEMPLARY_COLLECTIVES = 10;
        static final String PUBLISHED_MEMBERS_GOOD = "83";
        static final String PUBLISHED_MEMBERS_EXCELLENT_OF_GOOD = "16";
        static final int STREAKS = 6;

        private final DataSet data;
        private final Results results;
        private final List<HistoryRow> history;
        private final List<TargetRow> targets;

        Report(DataSet data, Results results, List<HistoryRow> history, List<TargetRow> targets) {
            this.data = data;
            this.results = results;
            this.history = history;
            this.targets = targets;
        }

        Tally grassroots() {
            return Tally.of(data.grassroots().stream().map(results.organizations()::get));
        }

        Tally cells() {
            return Tally.of(data.organizations().stream()
                    .filter(o -> o.type == OrgType.CELL || o.type == OrgType.PARTIAL_COMMITTEE)
                    .map(results.organizations()::get));
        }

        Tally members() {
            return Tally.of(results.members().values().stream());
        }

        Tally collectives() {
            return Tally.of(results.collectives().values().stream());
        }

        List<Member> rejected() {
            return data.rows().stream().filter(Member::rejected).toList();
        }

        /** Members whose final 2022 level and four earlier years are all HTXSNV (A-STREAK). */
        List<String> streaks() {
            Map<String, Long> excellentYears = history.stream()
                    .filter(h -> h.subjectType().equals("MEMBER") && h.level() == Level.HTXSNV)
                    .collect(Collectors.groupingBy(HistoryRow::subjectId, TreeMap::new, Collectors.counting()));
            return results.members().entrySet().stream()
                    .filter(e -> e.getValue().level == Level.HTXSNV && excellentYears.getOrDefault(e.getKey().id, 0L) == 4)
                    .map(e -> e.getKey().id).toList();
        }

        void print() {
            System.out.println("xeploai example data set: Đảng bộ Các cơ quan tỉnh, " + YEAR + ", pack qd132-hd21");
            Map<OrgType, Long> types = data.organizations().stream()
                    .collect(Collectors.groupingBy(o -> o.type, () -> new EnumMap<>(OrgType.class), Collectors.counting()));
            System.out.println("organizations.csv: " + data.organizations().size() + " rows " + types);
            System.out.println("members.csv: " + data.rows().size() + " rows, " + results.members().size() + " accepted, "
                    + rejected().size() + " to be rejected");
            line("GRASSROOTS_ORG", grassroots());
            line("CELL (partial committees included)", cells());
            line("MEMBER", members());
            line("COLLECTIVE (grassroots organizations' committees)", collectives());
            List<String> without = data.grassroots().stream().filter(o -> !CollectiveDesigner.hasCommittee(o))
                    .map(o -> o.id).toList();
            System.out.println("Grassroots organizations without a leadership collective (no cell committee): "
                    + without.size() + " " + without);
            Map<String, List<String>> byCollectiveStory = data.collectives().stream()
                    .collect(Collectors.groupingBy(c -> c.story, LinkedHashMap::new,
                            Collectors.mapping(c -> c.id, Collectors.toList())));
            byCollectiveStory.forEach((story, ids) -> System.out.println("  " + ids.size() + " × " + story + " "
                    + (ids.size() <= 8 ? ids : ids.subList(0, 3) + "…")));
            System.out.println("Collective quota: " + results.collectivesOverQuota().size() + " over N");
            System.out.println("Member quota: " + results.demoted().size() + " demoted by rank " + ids(results.demoted())
                    + ", " + results.tiedPending().size() + " tied at the boundary left PENDING " + ids(results.tiedPending()));
            System.out.println("Organization quota warnings: " + results.quotaWarnings().size() + " " + results.quotaWarnings());
            System.out.println("Heads capped by their organization (C-HEAD): " + ids(results.headCapped()));
            System.out.println("HTXSNV five years running 2018–2022: " + streaks().size() + " " + streaks());
            for (TargetRow t : targets) {
                System.out.println("Target " + t.id() + " " + t.metric() + " " + t.subject() + ": planned " + t.planned()
                        + ", actual " + targetActual(t));
            }
            System.out.println("Special rows:");
            Map<String, List<Member>> byStory = data.rows().stream().filter(m -> m.story != null)
                    .collect(Collectors.groupingBy(m -> m.story, LinkedHashMap::new, Collectors.toList()));
            byStory.forEach((story, ms) -> System.out.println("  " + ms.size() + " × " + story + " " + ids(ms)));
            List<Member> rows = data.rows();
            for (Member m : rejected()) {
                System.out.println("  members.csv line " + (rows.indexOf(m) + 2) + ": " + m.id + " " + m.story);
            }
        }

        String targetActual(TargetRow t) {
            if (t.actual() != null) {
                return t.actual().toString();
            }
            Tally tally = t.subject().equals("MEMBER") ? members() : grassroots();
            return t.metric().equals("SHARE_GOOD_OR_ABOVE") ? tally.pctGoodOrAbove() : tally.pctExcellentOfGoodOrAbove();
        }

        private static void line(String subject, Tally t) {
            System.out.printf("%s: total %d, classified %d, not classified %d, pending %d; HTXSNV %d, HTTNV %d, HTNV %d,"
                            + " KHTNV %d; %s%% HTTNV+, %s%% HTXSNV, %s%% HTXSNV of HTTNV+%n", subject, t.total, t.classified,
                    t.notClassified, t.pending, t.count(Level.HTXSNV), t.count(Level.HTTNV), t.count(Level.HTNV),
                    t.count(Level.KHTNV), t.pctGoodOrAbove(), t.pctExcellent(), t.pctExcellentOfGoodOrAbove());
        }

        private static String ids(List<Member> ms) {
            return ms.size() <= 8 ? ms.stream().map(m -> m.id).toList().toString()
                    : "[" + ms.get(0).id + ", " + ms.get(1).id + ", … " + ms.get(ms.size() - 1).id + "]";
        }

        /** The design against seed 004 and the brief; empty when the data set reproduces them. */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            results.organizations().forEach((o, out) -> {
                Level intended = o.basis.level;
                if (!Objects.equals(intended, out.level)) {
                    problems.add(o.id + " (" + o.basis + ") is designed " + intended + " but the rules give " + out.level);
                }
            });
            Tally g = grassroots();
            if (!Arrays.equals(g.levels, PUBLISHED_GRASSROOTS)) {
                problems.add("grassroots organizations " + Arrays.toString(g.levels) + " instead of 14/56/3/0");
            }
            results.collectives().forEach((c, out) -> {
                if (!Objects.equals(c.intended, out.level)) {
                    problems.add(c.id + " is designed " + c.intended + " but the rules give " + out.level);
                }
            });
            Tally col = collectives();
            if (!Arrays.equals(col.levels, PUBLISHED_COLLECTIVES) || col.classified != col.total) {
                problems.add("collectives " + Arrays.toString(col.levels) + " of " + col.total + " instead of 13/52/2/1");
            }
            if (!results.collectivesOverQuota().isEmpty()) {
                problems.add("collectives over the quota " + results.collectivesOverQuota().stream().map(c -> c.id).toList());
            }
            long exemplary = data.decisions().stream().filter(d -> d.subjectType().equals("COLLECTIVE") && d.exemplary()
                    && d.level() == Level.HTXSNV).count();
            if (exemplary != EXEMPLARY_COLLECTIVES) {
                problems.add(exemplary + " collectives selected tiêu biểu instead of " + EXEMPLARY_COLLECTIVES);
            }
            // a selection as "tiêu biểu" names the level the rules give: it changes no level
            for (Decision d : data.decisions()) {
                if (d.exemplary()) {
                    Outcome out = d.subjectType().equals("COLLECTIVE")
                            ? results.collectives().entrySet().stream().filter(e -> e.getKey().id.equals(d.subjectId()))
                            .map(Map.Entry::getValue).findFirst().orElse(null)
                            : results.organizations().entrySet().stream().filter(e -> e.getKey().id.equals(d.subjectId()))
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    if (out == null || out.computed != d.level() || out.level != d.level()) {
                        problems.add("exemplary decision about " + d.subjectId() + " changes or misses its level");
                    }
                }
            }
            Tally m = members();
            if (!m.pctGoodOrAbove().equals(PUBLISHED_MEMBERS_GOOD)
                    || !m.pctExcellentOfGoodOrAbove().equals(PUBLISHED_MEMBERS_EXCELLENT_OF_GOOD)) {
                problems.add("members " + m.pctGoodOrAbove() + "% / " + m.pctExcellentOfGoodOrAbove()
                        + "% instead of 83% / 16%");
            }
            int beyond = Designer.CANDIDATES_BEYOND_QUOTA.entrySet().stream()
                    .filter(e -> !e.getKey().equals(Designer.TIED_AT_BOUNDARY)).mapToInt(Map.Entry::getValue).sum();
            int tied = Designer.CANDIDATES_BEYOND_QUOTA.get(Designer.TIED_AT_BOUNDARY) + 1; // N − 1 named, one place left
            if (results.demoted().size() != beyond || results.tiedPending().size() != tied) {
                problems.add("quota: " + results.demoted().size() + " demoted, " + results.tiedPending().size() + " tied");
            }
            if (!results.quotaWarnings().isEmpty()) {
                problems.add("organization quota warnings " + results.quotaWarnings());
            }
            if (results.headCapped().size() != 1) {
                problems.add(results.headCapped().size() + " heads capped instead of one");
            }
            if (streaks().size() != STREAKS) {
                problems.add(streaks().size() + " five-year streaks instead of " + STREAKS);
            }
            targets.stream().filter(t -> Integer.parseInt(targetActual(t)) < t.planned())
                    .forEach(t -> problems.add("target " + t.id() + " not met"));
            return problems;
        }
    }

    // ==== Files ==================================================================================================

    /** Writes the input files (contract, "Input files") and, under expected/, what the engine must give for them. */
    static final class ExampleWriter {
        static final List<String> ORGANIZATION_COLUMNS = List.of("org_id", "name", "type", "parent_id", "founded_on",
                "grade_political_task", "grade_party_building", "targets_met_pct", "key_targets_missed",
                "linked_bodies_good", "force_majeure", "collective_discipline", "corruption_handled", "disunity",
                "outstanding", "proposed_level");
        static final List<String> MEMBER_COLUMNS = List.of("member_id", "full_name", "org_id", "status", "admitted_on",
                "civil_servant", "job_rating", "grade_politics_ethics", "grade_discipline", "grade_tasks", "tasks_total",
                "tasks_on_time", "tasks_exceeded", "tasks_late", "tasks_not_done", "discipline", "violation_year",
                "degradation", "outstanding", "leadership_role", "leads_org_id", "sick_leave_months", "maternity_leave",
                "reviewed", "proposed_level");
        static final List<String> DECISION_COLUMNS = List.of("subject_type", "subject_id", "level", "reason",
                "decided_by", "rank", "exemplary");
        static final List<String> COLLECTIVE_COLUMNS = List.of("collective_id", "org_id", "grade_political_task",
                "grade_party_building", "disunity", "collective_discipline", "outstanding", "proposed_level");
        static final List<String> HISTORY_COLUMNS = List.of("subject_type", "subject_id", "year", "level");
        static final List<String> TARGET_COLUMNS = List.of("target_id", "scope_org_id", "description", "metric",
                "subject", "planned", "actual", "base");
        static final List<String> SUMMARY_COLUMNS = List.of("scope_org_id", "subject", "total", "classified",
                "not_classified", "pending", "htxsnv", "httnv", "htnv", "khtnv", "pct_good_or_above", "pct_excellent",
                "pct_excellent_of_good_or_above");
        static final List<String> LEVEL_COLUMNS = List.of("subject_type", "subject_id", "org_id", "status",
                "computed_level", "level", "quota_demoted");

        private final Path dir;

        ExampleWriter(Path dir) {
            this.dir = dir;
        }

        void write(DataSet data, Results results, List<HistoryRow> history, List<TargetRow> targets) throws IOException {
            Files.createDirectories(dir.resolve("expected"));
            print("organizations.csv", ORGANIZATION_COLUMNS, data.organizations(), ExampleWriter::organization);
            print("members.csv", MEMBER_COLUMNS, data.rows(), ExampleWriter::member);
            print("collectives.csv", COLLECTIVE_COLUMNS, data.collectives(), ExampleWriter::collective);
            print("decisions.csv", DECISION_COLUMNS, data.decisions(), ExampleWriter::decision);
            print("history.csv", HISTORY_COLUMNS, history, h -> row("subject_type", h.subjectType(),
                    "subject_id", h.subjectId(), "year", h.year(), "level", h.level()));
            print("targets.csv", TARGET_COLUMNS, targets, ExampleWriter::target);
            // as the engine writes summary.csv (without its BOM): CRLF, so that the two compare byte for byte
            print("expected/summary.csv", SUMMARY_COLUMNS, summary(data, results), r -> r, "\r\n");
            print("expected/levels.csv", LEVEL_COLUMNS, levels(results), r -> r);
        }

        private static Map<String, Object> collective(Collective c) {
            return row("collective_id", c.id, "org_id", c.org.id, "grade_political_task", c.politicalTask,
                    "grade_party_building", c.partyBuilding, "disunity", c.disunity,
                    "collective_discipline", c.discipline, "outstanding", c.outstanding, "proposed_level", c.proposed);
        }

        private static Map<String, Object> organization(Organization o) {
            if (o.type == OrgType.SUPERIOR) {
                return row("org_id", o.id, "name", o.name, "type", o.type);
            }
            return row("org_id", o.id, "name", o.name, "type", o.type, "parent_id", o.parent.id,
                    "founded_on", o.foundedOn, "grade_political_task", o.politicalTask,
                    "grade_party_building", o.partyBuilding, "targets_met_pct", o.targetsMetPct,
                    "key_targets_missed", false, "linked_bodies_good", o.linkedBodiesGood, "force_majeure", false,
                    "corruption_handled", false, "disunity", false, "outstanding", o.outstanding,
                    "proposed_level", o.proposed);
        }

        /** Rarely used flags stay empty unless set, as a committee's spreadsheet would have them. */
        private static Map<String, Object> member(Member m) {
            Map<String, Object> row = row("member_id", m.id, "full_name", m.fullName, "org_id", m.cell.id,
                    "status", m.status, "admitted_on", m.admittedOn, "civil_servant", m.civilServant,
                    "job_rating", m.jobRating, "grade_politics_ethics", m.politicsEthics,
                    "grade_discipline", m.disciplineGrade, "grade_tasks", m.tasksGrade,
                    "discipline", m.discipline, "violation_year", m.violationYear,
                    "degradation", m.degradation ? true : null, "outstanding", m.outstanding,
                    "leadership_role", m.leadershipRole, "leads_org_id", m.leads == null ? null : m.leads.id,
                    "sick_leave_months", m.sickLeaveMonths, "maternity_leave", m.maternityLeave ? true : null,
                    "reviewed", m.reviewed ? null : false, "proposed_level", m.proposed);
            if (m.tasks != null) {
                row.putAll(row("tasks_total", m.tasks.total(), "tasks_on_time", m.tasks.onTime(),
                        "tasks_exceeded", m.tasks.exceeded(), "tasks_late", m.tasks.late(),
                        "tasks_not_done", m.tasks.notDone()));
            }
            row.putAll(m.badCells);
            return row;
        }

        private static Map<String, Object> decision(Decision d) {
            return row("subject_type", d.subjectType(), "subject_id", d.subjectId(), "level", d.level(),
                    "reason", d.reason(), "decided_by", d.decidedBy(), "rank", d.rank(),
                    "exemplary", d.exemplary() ? true : null);
        }

        private static Map<String, Object> target(TargetRow t) {
            return row("target_id", t.id(), "scope_org_id", ROOT_ID, "description", t.description(),
                    "metric", t.metric(), "subject", t.subject(), "planned", t.planned(), "actual", t.actual(),
                    "base", t.base());
        }

        /** summary.csv as the contract has it: per grassroots organization MEMBER and CELL, for the root all four. */
        private static List<Map<String, Object>> summary(DataSet data, Results results) {
            List<Map<String, Object>> rows = new ArrayList<>();
            Function<Organization, Stream<Outcome>> memberOutcomes =
                    scope -> scope.rows().filter(results.members()::containsKey).map(results.members()::get);
            Function<Organization, Stream<Outcome>> cellOutcomes = scope -> scope.subtree()
                    .filter(o -> o.type == OrgType.CELL || o.type == OrgType.PARTIAL_COMMITTEE)
                    .map(results.organizations()::get);
            Organization root = data.root();
            rows.add(summaryRow(root.id, "MEMBER", Tally.of(memberOutcomes.apply(root))));
            rows.add(summaryRow(root.id, "CELL", Tally.of(cellOutcomes.apply(root))));
            rows.add(summaryRow(root.id, "GRASSROOTS_ORG",
                    Tally.of(data.grassroots().stream().map(results.organizations()::get))));
            rows.add(summaryRow(root.id, "COLLECTIVE", Tally.of(results.collectives().values().stream())));
            for (Organization g : data.grassroots()) {
                rows.add(summaryRow(g.id, "MEMBER", Tally.of(memberOutcomes.apply(g))));
                rows.add(summaryRow(g.id, "CELL", Tally.of(cellOutcomes.apply(g))));
            }
            return rows;
        }

        private static Map<String, Object> summaryRow(String scope, String subject, Tally t) {
            return row("scope_org_id", scope, "subject", subject, "total", t.total, "classified", t.classified,
                    "not_classified", t.notClassified, "pending", t.pending, "htxsnv", t.count(Level.HTXSNV),
                    "httnv", t.count(Level.HTTNV), "htnv", t.count(Level.HTNV), "khtnv", t.count(Level.KHTNV),
                    "pct_good_or_above", t.pctGoodOrAbove(), "pct_excellent", t.pctExcellent(),
                    "pct_excellent_of_good_or_above", t.pctExcellentOfGoodOrAbove());
        }

        private static List<Map<String, Object>> levels(Results results) {
            List<Map<String, Object>> rows = new ArrayList<>();
            results.organizations().forEach((o, out) -> rows.add(levelRow("ORGANIZATION", o.id, o.parent.id, out)));
            results.collectives().forEach((c, out) -> rows.add(levelRow("COLLECTIVE", c.id, c.org.id, out)));
            results.members().forEach((m, out) -> rows.add(levelRow("MEMBER", m.id, m.cell.id, out)));
            return rows;
        }

        private static Map<String, Object> levelRow(String type, String id, String orgId, Outcome out) {
            return row("subject_type", type, "subject_id", id, "org_id", orgId, "status", out.status,
                    "computed_level", out.computed, "level", out.level, "quota_demoted", out.quotaDemoted ? true : null);
        }

        private <T> void print(String file, List<String> columns, List<T> items, Function<T, Map<String, Object>> toRow)
                throws IOException {
            print(file, columns, items, toRow, "\n");
        }

        private <T> void print(String file, List<String> columns, List<T> items, Function<T, Map<String, Object>> toRow,
                               String recordSeparator) throws IOException {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new))
                    .setRecordSeparator(recordSeparator).get();
            try (Writer out = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, format)) {
                for (T item : items) {
                    Map<String, Object> row = toRow.apply(item);
                    printer.printRecord(columns.stream().map(c -> text(row.get(c))).toList());
                }
            }
        }

        private static String text(Object value) {
            if (value instanceof BigDecimal decimal) {
                return decimal.stripTrailingZeros().toPlainString();
            }
            return value == null ? "" : value.toString();
        }

        /** A row as column → value pairs, in the order given. */
        static Map<String, Object> row(Object... pairs) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                row.put((String) pairs[i], pairs[i + 1]);
            }
            return row;
        }
    }
}
