package org.xeploai.engine.input;

import org.xeploai.model.Member;
import org.xeploai.model.Organization;

import java.util.List;
import java.util.Map;

/**
 * What the readers accepted from a committee's input folder, and what they refused.
 *
 * @param rowsRead      data rows read per file name (header excluded), for the row accounting
 * @param lines         the line of each accepted row, keyed "file:id" (e.g. "members.csv:DV001"), for messages
 * @param warnings      things the user should know that refused nothing (unknown columns, ...)
 */
public record InputData(List<Organization> organizations, List<Member> members, List<Decision> decisions,
                        List<RejectedRow> rejected, Map<String, Long> rowsRead, Map<String, Long> lines,
                        List<InputWarning> warnings) {

    public InputData {
        organizations = List.copyOf(organizations);
        members = List.copyOf(members);
        decisions = List.copyOf(decisions);
        rejected = List.copyOf(rejected);
        rowsRead = Map.copyOf(rowsRead);
        lines = Map.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    public long lineOf(String file, String id) {
        return lines.getOrDefault(file + ":" + id, 0L);
    }
}
