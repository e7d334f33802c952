package org.xeploai.engine.partition;

import org.xeploai.engine.input.Decision;
import org.xeploai.engine.input.FactRoutes;
import org.xeploai.engine.input.InputData;
import org.xeploai.engine.input.PartitionPlan;
import org.xeploai.engine.input.PartitionedInput;
import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts an integrator streams (organizations, members, decisions, earlier years' levels, collectives, in any order),
 * split into partitions like files ({@link PartitionPlan}, {@link FactRoutes}). Organizations and collectives are
 * kept in memory; members, decisions and earlier years go to a temporary file as they come, then, once every
 * organization is known, to their partition's file (members first, so that a decision finds its member). Each fact
 * keeps its position in the stream, which orders the results.
 */
final class FactPartitions implements PartitionedInput {
    private static final int BUFFER = 1 << 16;
    private static final byte MEMBER = 1;
    private static final byte DECISION = 2;
    private static final byte PAST_LEVEL = 3;
    private static final RecordCodec<Member> MEMBERS = RecordCodec.of(Member.class);
    private static final RecordCodec<Decision> DECISIONS = RecordCodec.of(Decision.class);
    private static final RecordCodec<PastLevel> PAST_LEVELS = RecordCodec.of(PastLevel.class);

    private final InputData whole;
    private final PartitionPlan plan;
    private final List<List<Organization>> organizationsOf;
    private final List<LeadershipCollective> collectives;
    private final List<Path> files;
    private final Map<Integer, List<Long>> memberOrder = new ConcurrentHashMap<>();

    private FactPartitions(InputData whole, PartitionPlan plan, List<LeadershipCollective> collectives, List<Path> files) {
        this.whole = whole;
        this.plan = plan;
        this.organizationsOf = plan.organizationsOf();
        this.collectives = collectives;
        this.files = files;
    }

    /** @throws IllegalArgumentException for an object that is not a fact the engine classifies */
    static FactPartitions split(Iterator<?> facts, int organizationsPerPartition, Path spillDir) {
        List<Organization> organizations = new ArrayList<>();
        List<LeadershipCollective> collectives = new ArrayList<>();
        try {
            Files.createDirectories(spillDir);
            Path pendingMembers = spillDir.resolve("members.pending");
            Path pendingOthers = spillDir.resolve("others.pending");
            try (DataOutputStream members = open(pendingMembers); DataOutputStream others = open(pendingOthers)) {
                long position = 0;
                while (facts.hasNext()) {
                    Object fact = facts.next();
                    position++;
                    if (fact instanceof Organization o) {
                        organizations.add(o);
                    } else if (fact instanceof LeadershipCollective c) {
                        collectives.add(c);
                    } else if (fact instanceof Member m) {
                        write(members, MEMBER, position, fact);
                    } else if (fact instanceof Decision || fact instanceof PastLevel) {
                        write(others, fact instanceof Decision ? DECISION : PAST_LEVEL, position, fact);
                    } else {
                        throw new IllegalArgumentException("not a fact the engine classifies: "
                                + (fact == null ? "null" : fact.getClass().getName()));
                    }
                }
            }
            PartitionPlan plan = PartitionPlan.of(organizations, organizationsPerPartition);
            Map<String, String> organizationOfCollective = new HashMap<>();
            collectives.forEach(c -> organizationOfCollective.putIfAbsent(c.collectiveId(), c.orgId()));
            FactRoutes routes = new FactRoutes(plan, organizationOfCollective);
            List<Path> files = new ArrayList<>();
            List<DataOutputStream> outs = new ArrayList<>();
            try {
                for (int p = 0; p < plan.size(); p++) {
                    files.add(spillDir.resolve("facts." + p));
                    outs.add(open(files.get(p)));
                }
                for (Path pending : List.of(pendingMembers, pendingOthers)) {
                    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(pending), BUFFER))) {
                        for (int tag = in.read(); tag >= 0; tag = in.read()) {
                            long position = in.readLong();
                            Object fact = read(in, (byte) tag);
                            write(outs.get(route(routes, fact)), (byte) tag, position, fact);
                        }
                    }
                    Files.delete(pending);
                }
            } finally {
                for (DataOutputStream out : outs) {
                    out.close();
                }
            }
            InputData whole = new InputData(organizations, List.of(), List.of(),
                    collectives.isEmpty() ? Optional.empty() : Optional.of(collectives), List.of(), List.of(), Map.of(),
                    Map.of(), List.of());
            return new FactPartitions(whole, plan, collectives, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputData whole() {
        return whole;
    }

    @Override
    public int size() {
        return plan.size();
    }

    @Override
    public InputData partition(int p) {
        List<Member> members = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<PastLevel> history = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(files.get(p)), BUFFER))) {
            for (int tag = in.read(); tag >= 0; tag = in.read()) {
                long position = in.readLong();
                Object fact = read(in, (byte) tag);
                if (fact instanceof Member m) {
                    members.add(m);
                    positions.add(position);
                } else if (fact instanceof Decision d) {
                    decisions.add(d);
                } else {
                    history.add((PastLevel) fact);
                }
            }
            Files.delete(files.get(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        memberOrder.put(p, positions);
        List<LeadershipCollective> own = collectives.stream().filter(c -> plan.partitionOf(c.orgId()) == p).toList();
        return new InputData(organizationsOf.get(p), members, decisions,
                collectives.isEmpty() ? Optional.empty() : Optional.of(own), history, List.of(), Map.of(), Map.of(),
                List.of());
    }

    /** Members are ordered by their position in the stream. */
    @Override
    public List<Long> memberOrder(int p, InputData slice) {
        return memberOrder.remove(p);
    }

    @Override
    public void close() {
        try {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataOutputStream open(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
    }

    private static int route(FactRoutes routes, Object fact) {
        if (fact instanceof Member m) {
            return routes.member(m.memberId(), m.status() == MemberStatus.TEMPORARY, m.orgId());
        }
        if (fact instanceof Decision d) {
            return routes.subject(d.subjectType(), d.subjectId());
        }
        PastLevel l = (PastLevel) fact;
        return routes.subject(l.subjectType(), l.subjectId());
    }

    private static void write(DataOutputStream out, byte tag, long position, Object fact) throws IOException {
        out.writeByte(tag);
        out.writeLong(position);
        if (fact instanceof Member m) {
            MEMBERS.write(out, m);
        } else if (fact instanceof Decision d) {
            DECISIONS.write(out, d);
        } else {
            PAST_LEVELS.write(out, (PastLevel) fact);
        }
    }

    private static Object read(DataInputStream in, byte tag) throws IOException {
        return switch (tag) {
            case MEMBER -> MEMBERS.read(in);
            case DECISION -> DECISIONS.read(in);
            case PAST_LEVEL -> PAST_LEVELS.read(in);
            default -> throw new IllegalStateException("temporary file damaged: tag " + tag);
        };
    }
}
