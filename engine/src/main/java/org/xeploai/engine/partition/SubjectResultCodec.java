package org.xeploai.engine.partition;

import org.xeploai.engine.SubjectResult;
import org.xeploai.engine.input.Decision;
import org.xeploai.model.Level;
import org.xeploai.model.OrgType;
import org.xeploai.model.SubjectType;
import org.xeploai.rules.ClassificationStatus;
import org.xeploai.rules.Finding;
import org.xeploai.rules.FindingKind;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SubjectResult} as bytes in a temporary file and back, field by field: the results of a partition leave
 * memory once it is classified and are read back, in order, when the output files are written.
 */
final class SubjectResultCodec {
    private static final SubjectType[] SUBJECT_TYPES = SubjectType.values();
    private static final OrgType[] ORG_TYPES = OrgType.values();
    private static final ClassificationStatus[] STATUSES = ClassificationStatus.values();
    private static final Level[] LEVELS = Level.values();
    private static final FindingKind[] KINDS = FindingKind.values();

    private SubjectResultCodec() {
    }

    static void write(DataOutput out, SubjectResult r) throws IOException {
        out.writeByte(r.subjectType().ordinal());
        string(out, r.subjectId());
        string(out, r.name());
        string(out, r.orgId());
        ordinal(out, r.orgType());
        string(out, r.grassrootsId());
        out.writeByte(r.status().ordinal());
        ordinal(out, r.proposedLevel());
        ordinal(out, r.computedLevel());
        ordinal(out, r.level());
        out.writeBoolean(r.quotaDemoted());
        out.writeInt(r.findings().size());
        for (Finding f : r.findings()) {
            out.writeByte(f.subjectType().ordinal());
            string(out, f.subjectId());
            out.writeByte(f.kind().ordinal());
            ordinal(out, f.level());
            string(out, f.ruleId());
            string(out, f.reference());
            string(out, f.detail());
            string(out, f.messageKey());
        }
        Decision d = r.decision();
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeByte(d.subjectType().ordinal());
            string(out, d.subjectId());
            ordinal(out, d.level());
            string(out, d.reason());
            string(out, d.decidedBy());
            out.writeInt(d.rank() == null ? -1 : d.rank());
            out.writeBoolean(d.exemplary());
            out.writeBoolean(d.quotaException());
            out.writeLong(d.line());
        }
    }

    static SubjectResult read(DataInput in) throws IOException {
        SubjectType type = SUBJECT_TYPES[in.readByte()];
        String id = string(in);
        String name = string(in);
        String orgId = string(in);
        OrgType orgType = ordinal(in, ORG_TYPES);
        String grassrootsId = string(in);
        ClassificationStatus status = STATUSES[in.readByte()];
        Level proposed = ordinal(in, LEVELS);
        Level computed = ordinal(in, LEVELS);
        Level level = ordinal(in, LEVELS);
        boolean demoted = in.readBoolean();
        int n = in.readInt();
        List<Finding> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            findings.add(new Finding(SUBJECT_TYPES[in.readByte()], string(in), KINDS[in.readByte()], ordinal(in, LEVELS),
                    string(in), string(in), string(in), string(in)));
        }
        Decision decision = null;
        if (in.readBoolean()) {
            SubjectType dType = SUBJECT_TYPES[in.readByte()];
            String dId = string(in);
            Level dLevel = ordinal(in, LEVELS);
            String reason = string(in);
            String decidedBy = string(in);
            int rank = in.readInt();
            decision = new Decision(dType, dId, dLevel, reason, decidedBy, rank < 0 ? null : rank, in.readBoolean(),
                    in.readBoolean(), in.readLong());
        }
        return new SubjectResult(type, id, name, orgId, orgType, grassrootsId, status, proposed, computed, level, demoted,
                findings, decision);
    }

    /** A string of any length, or null. */
    static void string(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void ordinal(DataOutput out, Enum<?> e) throws IOException {
        out.writeByte(e == null ? -1 : e.ordinal());
    }

    private static <E> E ordinal(DataInput in, E[] values) throws IOException {
        byte b = in.readByte();
        return b < 0 ? null : values[b];
    }
}
