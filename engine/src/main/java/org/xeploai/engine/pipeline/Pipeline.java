package org.xeploai.engine.pipeline;

import org.xeploai.engine.ClassificationResult;
import org.xeploai.engine.PackInfo;
import org.xeploai.engine.ProgressListener;
import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.RejectedRow;
import org.xeploai.engine.report.ReportBuilder;
import org.xeploai.model.CollectiveMembers;
import org.xeploai.model.DecidedLevel;
import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.EvaluationPeriod;
import org.xeploai.model.Level;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.OrgType;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;
import org.xeploai.model.Subject;
import org.xeploai.model.SubjectType;
import org.xeploai.model.SubordinateResults;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;
import org.xeploai.rules.LevelDecider;
import org.xeploai.rules.RulePack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Classifies a committee's data bottom-up, the order the regulations prescribe (contract, "The quota step"):
 * within each grassroots organization, members → their quota and decisions → cells and partial committees →
 * their quota and decisions → the grassroots organization; then the grassroots organizations' quota and decisions
 * per approving authority; then the caps that flow down to heads. Grassroots organizations are independent until
 * their own quota, so they run in parallel; results keep the input order whatever the threads do.
 */
public final class Pipeline {
    private static final String MEMBERS = "members.csv";
    private static final String ORGANIZATIONS = "organizations.csv";
    private static final String DECISIONS = "decisions.csv";
    private static final String HISTORY = "history.csv";
    private static final String COLLECTIVES = "collectives.csv";

    private final RulePack pack;
    private final int year;
    private final EvaluationPeriod period;
    private final LevelDecider decider;
    private final int threads;

    public Pipeline(RulePack pack, int year) {
        this(pack, year, Runtime.getRuntime().availableProcessors());
    }

    public Pipeline(RulePack pack, int year, int threads) {
        this.pack = pack;
        this.year = year;
        this.period = EvaluationPeriod.of(year);
        this.decider = new LevelDecider(pack);
        this.threads = Math.max(1, threads);
    }

    /** Classifies {@code input} and adds the year-end report (targets, awards, year over year, not classified). */
    public ClassificationResult run(InputData input, ProgressListener progress) {
        ClassificationResult r = classify(input, progress);
        return new ClassificationResult(r.year(), r.pack(), r.members(), r.organizations(), r.collectives(), r.summary(),
                r.rejected(), r.accounting(), r.warnings(), ReportBuilder.build(year, input, r.members(),
                r.organizations(), r.collectives(), r.summary()));
    }

    /**
     * The levels, the summary and the row accounting, without the year-end report: one partition of a larger run,
     * whose report is made once over all partitions ({@link PartitionMerge}).
     */
    public ClassificationResult classify(InputData input, ProgressListener progress) {
        OrgTree tree = new OrgTree(input.organizations(), input.members());
        List<RejectedRow> rejected = new ArrayList<>(input.rejected());
        Context context = new Context(tree, usableHistory(input, rejected));
        Map<SubjectType, Map<String, Decision>> decisions = input.decisions().stream().collect(Collectors.groupingBy(
                Decision::subjectType, () -> new java.util.EnumMap<>(SubjectType.class),
                Collectors.toMap(Decision::subjectId, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        List<Organization> grassroots = tree.grassroots();
        List<GrassrootsRun> runs = runInParallel(grassroots, g -> new GrassrootsRun(g, tree, context, input, decisions), progress);

        Map<String, Outcome> members = new HashMap<>();
        Map<String, Outcome> organizations = new HashMap<>();
        List<Outcome> grassrootsOutcomes = new ArrayList<>();
        for (GrassrootsRun run : runs) {
            rejected.addAll(run.rejected);
            run.members.forEach(o -> members.put(memberKey((Member) o.subject), o));
            run.cells.forEach(o -> organizations.put(o.subject.subjectId(), o));
            if (run.grassroots != null) {
                organizations.put(run.grassroots.subject.subjectId(), run.grassroots);
                grassrootsOutcomes.add(run.grassroots);
            }
        }
        QuotaStep organizationQuota = new QuotaStep(QuotaPolicy.of(pack.quotaClause(SubjectType.ORGANIZATION),
                pack.parameters(), QuotaPolicy.ORGANIZATIONS), decisions.getOrDefault(SubjectType.ORGANIZATION, Map.of()));
        // per approving authority (the superior committee above), split further by the optional quota_group column
        groups(grassrootsOutcomes, o -> ((Organization) o.subject).parentId() + "|"
                + Objects.requireNonNullElse(((Organization) o.subject).quotaGroup(), ""))
                .forEach(group -> rejected.addAll(organizationQuota.apply(group)));
        Map<String, Outcome> collectives = classifyCollectives(input, tree, context, organizations, decisions, rejected);
        applyHeadCaps(members.values(), organizations, collectives, context);
        rejected.addAll(unusedDecisions(input.decisions(), members, organizations, collectives, rejected));
        rejected.sort(Comparator.comparing(RejectedRow::file).thenComparingLong(RejectedRow::line));

        List<SubjectResult> memberResults = input.members().stream().map(m -> members.get(memberKey(m)))
                .filter(Objects::nonNull).map(o -> toResult(o, tree)).toList();
        List<SubjectResult> organizationResults = input.organizations().stream()
                .map(o -> organizations.get(o.orgId())).filter(Objects::nonNull).map(o -> toResult(o, tree)).toList();
        List<SubjectResult> collectiveResults = input.organizations().stream()
                .map(o -> collectives.get(o.orgId())).filter(Objects::nonNull).map(o -> toResult(o, tree)).toList();
        SummaryCounts counts = SummaryCounts.of(memberResults, organizationResults, collectiveResults);
        List<org.xeploai.engine.SummaryRow> summary = new SummaryBuilder(tree).build(counts);
        return new ClassificationResult(year, new PackInfo(pack.name(), pack.version(), pack.hash()), memberResults,
                organizationResults, collectiveResults, summary, rejected, Accounting.of(input, counts, rejected),
                input.warnings());
    }

    /**
     * Leadership collectives, once the organizations they lead are final (the organization's level caps the
     * collective's where the pack says so): their rules, then their quota and decisions, per kind of collective and
     * approving authority (those of grassroots organizations per superior committee, those of cells per grassroots
     * organization).
     */
    private Map<String, Outcome> classifyCollectives(InputData input, OrgTree tree, Context context,
                                                     Map<String, Outcome> organizations,
                                                     Map<SubjectType, Map<String, Decision>> decisions,
                                                     List<RejectedRow> rejected) {
        List<LeadershipCollective> listed = input.collectives().orElseGet(() -> Collectives.derive(input.organizations(), context));
        List<LeadershipCollective> collectives = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        for (LeadershipCollective c : listed) {
            Outcome org = organizations.get(c.orgId());
            if (org == null) {
                // the organization's row was refused for a value it needs: a collective of the file goes with it
                if (input.collectives().isPresent()) {
                    rejected.add(new RejectedRow(COLLECTIVES, input.lineOf(COLLECTIVES, c.collectiveId()), "org_id",
                            c.orgId(), "input.collective.org_unknown", List.of(c.orgId())));
                }
                continue;
            }
            LeadershipCollective complete = input.collectives().isPresent()
                    ? Collectives.complete(c, (Organization) org.subject) : c;
            collectives.add(complete);
            facts.add(complete);
            CollectiveMembers seats = context.collectiveMembers(c.orgId());
            facts.add(seats != null ? seats : new CollectiveMembers(c.orgId(), 0, 0, 0, 0, 0));
            if (org.status == ClassificationStatus.CLASSIFIED) {
                facts.add(new DecidedLevel(SubjectType.ORGANIZATION, c.orgId(), org.level));
            }
        }
        Map<SubjectKey, List<Finding>> bySubject = Map.of();
        if (!collectives.isEmpty()) {
            bySubject = bySubject(pack.evaluate(facts, period));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<String> needed = input.collectives().isPresent()
                ? pack.descriptor().classificationColumns().getOrDefault(COLLECTIVES, List.of()) : List.of();
        for (LeadershipCollective c : collectives) {
            Outcome o = new Outcome(c, organizations.get(c.orgId()).grassrootsId,
                    decider.decide(c, findingsOf(bySubject, c)));
            List<String> missing = o.status == ClassificationStatus.NOT_CLASSIFIED ? List.of() : RecordColumns.missing(c, needed);
            if (missing.isEmpty()) {
                outcomes.put(c.orgId(), o);
            } else {
                long line = input.lineOf(COLLECTIVES, c.collectiveId());
                missing.forEach(col -> rejected.add(new RejectedRow(COLLECTIVES, line, col, "",
                        "row.classification_column_empty", List.of(col, c.collectiveId()))));
            }
        }
        QuotaStep quota = new QuotaStep(QuotaPolicy.of(pack.quotaClause(SubjectType.COLLECTIVE), pack.parameters(),
                QuotaPolicy.ENFORCED), decisions.getOrDefault(SubjectType.COLLECTIVE, Map.of()));
        groups(new ArrayList<>(outcomes.values()), o -> {
            LeadershipCollective c = (LeadershipCollective) o.subject;
            Organization led = tree.get(c.orgId()).orElseThrow();
            String authority = led.grassroots() ? "superior:" + led.parentId() : "grassroots:" + o.grassrootsId;
            return authority + "|" + Objects.requireNonNullElse(c.quotaGroup(), "");
        }).forEach(group -> rejected.addAll(quota.apply(group)));
        return outcomes;
    }

    /** History rows of the evaluation year or later are refused: this run computes that year. */
    private List<PastLevel> usableHistory(InputData input, List<RejectedRow> rejected) {
        List<PastLevel> usable = new ArrayList<>();
        for (PastLevel p : input.history()) {
            if (p.year() < year) {
                usable.add(p);
            } else {
                rejected.add(new RejectedRow(HISTORY, input.lineOf(HISTORY, p.subjectType() + ":" + p.subjectId() + ":" + p.year()),
                        "year", Integer.toString(p.year()), "input.history.not_earlier", List.of(year)));
            }
        }
        return usable;
    }

    private List<GrassrootsRun> runInParallel(List<Organization> grassroots, Function<Organization, GrassrootsRun> work,
                                              ProgressListener progress) {
        AtomicLong done = new AtomicLong();
        long total = grassroots.size();
        progress.progress(0, total);
        if (threads == 1 || grassroots.size() < 2) {
            List<GrassrootsRun> out = new ArrayList<>();
            for (Organization g : grassroots) {
                out.add(work.apply(g));
                progress.progress(done.incrementAndGet(), total);
            }
            return out;
        }
        ExecutorService pool = Workers.pool(Math.min(threads, grassroots.size()), "xeploai-classify");
        try {
            List<Future<GrassrootsRun>> futures = new ArrayList<>();
            for (Organization g : grassroots) {
                futures.add(pool.submit(() -> {
                    GrassrootsRun run = work.apply(g);
                    progress.progress(done.incrementAndGet(), total);
                    return run;
                }));
            }
            List<GrassrootsRun> out = new ArrayList<>();
            for (Future<GrassrootsRun> f : futures) {
                out.add(Workers.await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A working memory hands its findings back in no particular order: sorted here (kind, level, rule, detail), two
     * findings of one rule about one subject, such as a head's caps from the organization and from the collective,
     * come out in the same order on every run.
     */
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::kind)
            .thenComparingInt(f -> f.level() == null ? -1 : f.level().ordinal())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> Objects.requireNonNullElse(f.detail(), ""))
            .thenComparing(f -> Objects.requireNonNullElse(f.reference(), ""))
            .thenComparing(f -> Objects.requireNonNullElse(f.messageKey(), ""));

    /**
     * A session's findings by subject, each subject's in {@link #FINDING_ORDER}. Only the order within a subject
     * matters, so each subject's few findings are sorted apart rather than the whole session's at once.
     */
    static Map<SubjectKey, List<Finding>> bySubject(List<Finding> findings) {
        Map<SubjectKey, List<Finding>> bySubject = new HashMap<>();
        for (Finding f : findings) {
            bySubject.computeIfAbsent(new SubjectKey(f.subjectType(), f.subjectId()), k -> new ArrayList<>()).add(f);
        }
        bySubject.values().forEach(own -> own.sort(FINDING_ORDER));
        return bySubject;
    }

    static List<Finding> findingsOf(Map<SubjectKey, List<Finding>> bySubject, Subject s) {
        return bySubject.getOrDefault(new SubjectKey(s.subjectType(), s.subjectId()), List.of());
    }

    private static <K> Collection<List<Outcome>> groups(List<Outcome> outcomes, Function<Outcome, K> key) {
        Map<Object, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            groups.computeIfAbsent(Objects.requireNonNullElse(key.apply(o), ""), k -> new ArrayList<>()).add(o);
        }
        return groups.values();
    }

    private static String memberKey(Member m) {
        return m.status() == MemberStatus.TEMPORARY ? m.memberId() + "#TEMPORARY@" + m.orgId() : m.memberId();
    }

    /**
     * Caps that flow down once an organization is final: its head (secretary) is not above it (C-HEAD), and is
     * KHTNV where the regulation says so. These rules match {@link DecidedLevel}, so running the pack again with it
     * adds only their findings; the organization is never re-decided. An authority's decision about the head wins.
     */
    private void applyHeadCaps(Collection<Outcome> members, Map<String, Outcome> organizations,
                               Map<String, Outcome> collectives, Context context) {
        List<Object> facts = new ArrayList<>();
        Map<String, Outcome> heads = new LinkedHashMap<>();
        for (Outcome o : members) {
            if (o.subject instanceof Member m && m.head() && m.status() != MemberStatus.TEMPORARY
                    && o.status != ClassificationStatus.NOT_CLASSIFIED) {
                Outcome led = organizations.get(m.leadsOrgId());
                if (led != null && led.status == ClassificationStatus.CLASSIFIED) {
                    heads.put(m.memberId(), o);
                    facts.add(m);
                    facts.addAll(context.memberFacts(m));
                    facts.add(led.subject);
                    facts.add(new DecidedLevel(SubjectType.ORGANIZATION, led.subject.subjectId(), led.level));
                    Outcome collective = collectives.get(m.leadsOrgId());
                    if (collective != null && collective.status == ClassificationStatus.CLASSIFIED) {
                        facts.add(new DecidedLevel(SubjectType.COLLECTIVE, m.leadsOrgId(), collective.level));
                    }
                }
            }
        }
        if (heads.isEmpty()) {
            return;
        }
        Map<SubjectKey, List<Finding>> bySubject = bySubject(pack.evaluate(facts, period));
        for (Outcome head : heads.values()) {
            for (Finding f : findingsOf(bySubject, head.subject)) {
                if (head.verdict.reasons().contains(f) || head.findings.contains(f)) {
                    continue;
                }
                head.findings.add(f);
                boolean overridden = head.decision != null && head.level == head.decision.level();
                if (head.status == ClassificationStatus.CLASSIFIED && !overridden) {
                    if (f.kind() == FindingKind.CAP) {
                        head.level = Level.worse(head.level, f.level());
                    } else if (f.kind() == FindingKind.KNOCKOUT) {
                        head.level = Level.KHTNV;
                    }
                }
            }
        }
    }

    /** Decisions that reached no subject: about a row refused later, or a subject type not classified here. */
    private static List<RejectedRow> unusedDecisions(List<Decision> decisions, Map<String, Outcome> members,
                                                     Map<String, Outcome> organizations,
                                                     Map<String, Outcome> collectives, List<RejectedRow> rejected) {
        Set<Long> refused = new HashSet<>();
        rejected.stream().filter(r -> r.file().equals(DECISIONS)).forEach(r -> refused.add(r.line()));
        Set<Decision> applied = new HashSet<>();
        members.values().forEach(o -> { if (o.decision != null) { applied.add(o.decision); } });
        organizations.values().forEach(o -> { if (o.decision != null) { applied.add(o.decision); } });
        collectives.values().forEach(o -> { if (o.decision != null) { applied.add(o.decision); } });
        return decisions.stream().filter(d -> !applied.contains(d) && !refused.contains(d.line()))
                .map(d -> new RejectedRow(DECISIONS, d.line(), "subject_id", d.subjectId(), "decision.unknown_subject",
                        List.of(d.subjectType().name(), d.subjectId())))
                .toList();
    }

    private SubjectResult toResult(Outcome o, OrgTree tree) {
        List<Finding> cited = o.findings.stream()
                .map(f -> f.reference() == null ? f : f.withReference(pack.cite(f.reference(), year))).toList();
        Level finalLevel = o.status == ClassificationStatus.CLASSIFIED ? o.level : null;
        if (o.subject instanceof Member m) {
            return new SubjectResult(SubjectType.MEMBER, m.memberId(), m.fullName(), m.orgId(), null, o.grassrootsId,
                    o.status, m.proposedLevel(), o.computedLevel(), finalLevel, o.quotaDemoted, cited, o.decision);
        }
        if (o.subject instanceof LeadershipCollective c) {
            String name = tree.get(c.orgId()).map(Organization::name).orElse(null);
            return new SubjectResult(SubjectType.COLLECTIVE, c.collectiveId(), name, c.orgId(), null, o.grassrootsId,
                    o.status, c.proposedLevel(), o.computedLevel(), finalLevel, o.quotaDemoted, cited, o.decision);
        }
        Organization org = (Organization) o.subject;
        return new SubjectResult(SubjectType.ORGANIZATION, org.orgId(), org.name(), org.parentId(), org.type(),
                o.grassrootsId, o.status, org.proposedLevel(), o.computedLevel(), finalLevel, o.quotaDemoted, cited,
                o.decision);
    }

    /** Everything under one grassroots organization, bottom-up, up to but not including its own quota. */
    private final class GrassrootsRun {
        final List<Outcome> members = new ArrayList<>();
        final List<Outcome> cells = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        private final Context context;
        /** Members' own rows (not temporary activity) by id, for the cells that count them. */
        private final Map<String, Outcome> officialMembers = new HashMap<>();
        Outcome grassroots;

        GrassrootsRun(Organization g, OrgTree tree, Context context, InputData input,
                      Map<SubjectType, Map<String, Decision>> decisions) {
            this.context = context;
            String gid = g.orgId();
            List<Organization> below = tree.cellsBottomUp(g);
            List<Member> inScope = new ArrayList<>(tree.membersOf(gid));
            below.forEach(o -> inScope.addAll(tree.membersOf(o.orgId())));
            // a temporary-activity row repeats the member's id: it runs apart so that findings do not mix
            List<Outcome> official = classify(inScope.stream().filter(m -> m.status() != MemberStatus.TEMPORARY).toList(), gid, input, MEMBERS);
            official.forEach(o -> officialMembers.put(o.subject.subjectId(), o));
            members.addAll(official);
            members.addAll(classify(inScope.stream().filter(m -> m.status() == MemberStatus.TEMPORARY).toList(), gid, input, MEMBERS));
            QuotaStep memberQuota = new QuotaStep(QuotaPolicy.of(pack.quotaClause(SubjectType.MEMBER), pack.parameters(),
                    QuotaPolicy.ENFORCED), decisions.getOrDefault(SubjectType.MEMBER, Map.of()));
            groups(official, o -> ((Member) o.subject).quotaGroup()).forEach(group -> rejected.addAll(memberQuota.apply(group)));

            Map<String, Outcome> decided = new HashMap<>();
            List<Organization> plainCells = below.stream().filter(o -> o.type() == OrgType.CELL).toList();
            List<Organization> partials = below.stream().filter(o -> o.type() == OrgType.PARTIAL_COMMITTEE).toList();
            for (List<Organization> layer : List.of(plainCells, partials)) {
                List<Object> facts = new ArrayList<>();
                for (Organization o : layer) {
                    facts.add(o);
                    facts.add(subordinates(o, tree, decided));
                    facts.addAll(context.organizationFacts(o));
                }
                List<Outcome> outcomes = classify(layer, facts, gid, input, ORGANIZATIONS);
                outcomes.forEach(o -> decided.put(o.subject.subjectId(), o));
                cells.addAll(outcomes);
            }
            QuotaStep cellQuota = new QuotaStep(QuotaPolicy.of(pack.quotaClause(SubjectType.ORGANIZATION), pack.parameters(),
                    QuotaPolicy.ORGANIZATIONS), decisions.getOrDefault(SubjectType.ORGANIZATION, Map.of()));
            groups(cells, o -> ((Organization) o.subject).quotaGroup()).forEach(group -> rejected.addAll(cellQuota.apply(group)));

            List<Object> facts = new ArrayList<>(List.of(g, subordinates(g, tree, decided)));
            facts.addAll(context.organizationFacts(g));
            List<Outcome> self = classify(List.of(g), facts, gid, input, ORGANIZATIONS);
            grassroots = self.isEmpty() ? null : self.get(0);
        }

        /**
         * What stands directly under {@code o}, as decided so far: its members for a cell or grassroots cell (a
         * temporary-activity row belongs to the member's official cell), its organizations otherwise. Only
         * classified subordinates count in the shares (C-DENOM).
         */
        private SubordinateResults subordinates(Organization o, OrgTree tree, Map<String, Outcome> decided) {
            List<Outcome> under;
            SubjectType kind;
            if (o.type().holdsMembers()) {
                kind = SubjectType.MEMBER;
                under = tree.membersOf(o.orgId()).stream().filter(m -> m.status() != MemberStatus.TEMPORARY)
                        .map(m -> officialMembers.get(m.memberId())).filter(Objects::nonNull).toList();
            } else {
                kind = SubjectType.ORGANIZATION;
                under = tree.children(o.orgId()).stream().map(c -> decided.get(c.orgId())).filter(Objects::nonNull).toList();
            }
            int classified = 0;
            int atLeastHtnv = 0;
            int good = 0;
            int disciplined = 0;
            for (Outcome x : under) {
                if (x.status == ClassificationStatus.CLASSIFIED) {
                    classified++;
                    atLeastHtnv += x.level.atLeast(Level.HTNV) ? 1 : 0;
                    good += x.level.isGoodOrAbove() ? 1 : 0;
                }
                disciplined += x.disciplined() ? 1 : 0;
            }
            return new SubordinateResults(o.orgId(), kind, under.size(), classified, atLeastHtnv, good, disciplined);
        }

        private List<Outcome> classify(List<Member> batch, String gid, InputData input, String file) {
            List<Object> facts = new ArrayList<>(batch);
            batch.forEach(m -> facts.addAll(context.memberFacts(m)));
            return classify(batch, facts, gid, input, file);
        }

        private List<Outcome> classify(List<? extends Subject> subjects, List<Object> facts, String gid, InputData input,
                                       String file) {
            if (subjects.isEmpty()) {
                return List.of();
            }
            Map<SubjectKey, List<Finding>> bySubject = bySubject(pack.evaluate(facts, period));
            List<Outcome> out = new ArrayList<>();
            List<String> needed = pack.descriptor().classificationColumns().getOrDefault(file, List.of());
            for (Subject s : subjects) {
                Outcome o = new Outcome(s, gid, decider.decide(s, findingsOf(bySubject, s)));
                List<String> missing = o.status == ClassificationStatus.NOT_CLASSIFIED ? List.of()
                        : RecordColumns.missing((Record) s, needed);
                if (missing.isEmpty()) {
                    out.add(o);
                } else {
                    String id = s.subjectId();
                    long line = input.lineOf(file, id);
                    missing.forEach(c -> rejected.add(new RejectedRow(file, line, c, "", "row.classification_column_empty",
                            List.of(c, id))));
                }
            }
            return out;
        }
    }
}
