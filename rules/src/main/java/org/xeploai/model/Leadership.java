package org.xeploai.model;

/**
 * A member's post at the head of, or in the leadership of, an organization ({@code leads_org_id}), with that
 * organization's own data: the rules about leaders read the results of the unit they lead from it.
 */
public record Leadership(String memberId, LeadershipRole role, Organization unit) {
}
