package org.xeploai.model;

/** A member's standing in the cell for the year, as the committee records it. */
public enum MemberStatus {
    /** Active in this cell: reviewed and classified. */
    ACTIVE,
    /** Miễn công tác và sinh hoạt đảng: exempt from party work and activities. */
    EXEMPT,
    /** Đình chỉ sinh hoạt đảng: suspended from party activities. */
    SUSPENDED,
    /** Sinh hoạt tạm thời: a second row for a member in temporary activity here; classified at the official cell. */
    TEMPORARY
}
