package org.xeploai.model;

/**
 * The final level of an organization or collective once decided (quota and decisions included). Rules that
 * let a level flow down (the head not above the organization he or she heads) match on it; it is only present
 * after that subject is decided, so such rules never re-decide it. For a leadership collective, {@code subjectId}
 * is the id of the organization it leads, so that a head's rules find both under the same {@code leads_org_id}.
 */
public record DecidedLevel(SubjectType subjectType, String subjectId, Level level) {
}
