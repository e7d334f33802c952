package org.xeploai.engine.input;

import org.xeploai.model.LeadershipCollective;
import org.xeploai.model.Member;
import org.xeploai.model.MemberStatus;
import org.xeploai.model.Organization;
import org.xeploai.model.PastLevel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the readers accepted from a committee's input folder, and what they refused.
 *
 * @param collectives   the leadership collectives of {@code collectives.csv}; empty without the file (or with only its
 *                      header, as the template writes it), in which case
 *                      the pipeline derives them from the organizations and their members' leadership roles
 * @param history       earlier years' final levels from {@code history.csv} (empty without it)
 * @param organizations accepted organizations, file order
 * @param members       accepted member rows, file order, {@code TEMPORARY} rows included
 * @param decisions     accepted decisions, file order
 * @param rejected      refused rows ordered by file name, then line; a row with several bad cells has one entry per
 *                      cell, so count rows with {@link #rejectedRows(String)}
 * @param rowsRead      data rows read per file name (header and blank lines excluded), for the row accounting; a
 *                      file absent from the folder has no entry
 * @param lines         the line of each accepted row, keyed "file:id": "organizations.csv:CB01", "members.csv:DV001",
 *                      "members.csv:DV001#TEMPORARY" for a member's temporary-activity row,
 *                      "decisions.csv:MEMBER:DV001" for a decision
 * @param warnings      things the user should know that refused nothing (unknown columns, ...)
 * @param targets       the resolution's targets from {@code targets.csv}, file order (empty without it)
 */
public record InputData(List<Organization> organizations, List<Member> members, List<Decision> decisions,
                        Optional<List<LeadershipCollective>> collectives, List<PastLevel> history,
                        List<RejectedRow> rejected, Map<String, Long> rowsRead, Map<String, Long> lines,
                        List<InputWarning> warnings, List<Target> targets) {

    /** Without targets. */
    public InputData(List<Organization> organizations, List<Member> members, List<Decision> decisions,
                     Optional<List<LeadershipCollective>> collectives, List<PastLevel> history,
                     List<RejectedRow> rejected, Map<String, Long> rowsRead, Map<String, Long> lines,
                     List<InputWarning> warnings) {
        this(organizations, members, decisions, collectives, history, rejected, rowsRead, lines, warnings, List.of());
    }

    public InputData {
        organizations = List.copyOf(organizations);
        members = List.copyOf(members);
        decisions = List.copyOf(decisions);
        collectives = collectives.map(List::copyOf);
        history = List.copyOf(history);
        rejected = List.copyOf(rejected);
        rowsRead = Map.copyOf(rowsRead);
        lines = Map.copyOf(lines);
        warnings = List.copyOf(warnings);
        targets = List.copyOf(targets);
    }

    public long lineOf(String file, String id) {
        return lines.getOrDefault(file + ":" + id, 0L);
    }

    /** Distinct rows of {@code file} refused while reading (a row with several bad cells counts once). */
    /** The line of a member's row: its own row, or its temporary-activity row in another cell. */
    public long lineOf(Member member) {
        return lineOf(MemberRows.FILE, MemberRows.key(member.memberId(), member.status() == MemberStatus.TEMPORARY));
    }

    public long rejectedRows(String file) {
        return rejected.stream().filter(r -> r.file().equals(file)).mapToLong(RejectedRow::line).distinct().count();
    }
}
