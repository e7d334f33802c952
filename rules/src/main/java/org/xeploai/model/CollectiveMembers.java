package org.xeploai.model;

/**
 * What the rules need to know about the members of the leadership collective of an organization (members whose
 * {@code leads_org_id} is that organization): how many, and how many were concluded degraded or disciplined in the
 * year. Keyed by the organization, so that rules about the organization and about its collective both find it.
 *
 * @param disciplined                   members disciplined in the year, any form
 * @param disciplinedWarningOrAbove     members disciplined at warning (cảnh cáo) or above
 * @param disciplinedNotSelfRemedied    members disciplined whose violation was not self-detected and remedied
 */
public record CollectiveMembers(String orgId, int size, int degraded, int disciplined,
                                int disciplinedWarningOrAbove, int disciplinedNotSelfRemedied) {
}
