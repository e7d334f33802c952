package org.xeploai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid input folder as a committee hands it in: one superior committee, one grassroots committee with one
 * cell, and four members graded XS, T and TB (columns of the contract and of qd132-hd21's pack.yaml).
 */
final class InputFolder {
    static final String ORGANIZATIONS = """
            org_id,name,type,parent_id,grade_political_task,grade_party_building
            DBK,Đảng bộ Khối các cơ quan tỉnh,SUPERIOR,,,
            DB01,Đảng bộ Sở Tư pháp,GRASSROOTS_COMMITTEE,DBK,XS,XS
            CB01,Chi bộ Văn phòng,CELL,DB01,T,T
            """;
    static final String MEMBERS = """
            member_id,full_name,org_id,grade_politics_ethics,grade_discipline,grade_tasks
            DV001,Nguyễn Văn An,CB01,XS,XS,XS
            DV002,Trần Thị Bình,CB01,T,T,T
            DV003,Lê Văn Cường,CB01,T,T,T
            DV004,Phạm Thị Dung,CB01,TB,TB,TB
            """;

    private InputFolder() {
    }

    static Path write(Path dir) {
        return write(dir, ORGANIZATIONS, MEMBERS);
    }

    /** Writes the files that are not null. */
    static Path write(Path dir, String organizations, String members) {
        try {
            Files.createDirectories(dir);
            if (organizations != null) {
                Files.writeString(dir.resolve("organizations.csv"), organizations, StandardCharsets.UTF_8);
            }
            if (members != null) {
                Files.writeString(dir.resolve("members.csv"), members, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
