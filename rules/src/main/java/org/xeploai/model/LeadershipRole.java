package org.xeploai.model;

/** A member's seat in the leadership collective (cấp ủy) of the organization named in {@code leads_org_id}. */
public enum LeadershipRole {
    /** Bí thư: secretary, the head of the party organization. */
    SECRETARY,
    /** Phó bí thư: deputy secretary. */
    DEPUTY_SECRETARY,
    /** Ủy viên ban thường vụ: standing committee member. */
    STANDING,
    /** Cấp ủy viên: committee member. */
    MEMBER
}
