package org.xeploai.model;

/**
 * What the rules need to know about the members of a leadership collective (those whose {@code leads_org_id} is
 * the collective's organization): how many, and how many were concluded degraded or disciplined in the year.
 *
 * @param disciplined                   members disciplined in the year, any form
 * @param disciplinedWarningOrAbove     members disciplined at warning (cảnh cáo) or above
 * @param disciplinedNotSelfRemedied    members disciplined whose violation was not self-detected and remedied
 */
public record CollectiveMembers(String collectiveId, int size, int degraded, int disciplined,
                                int disciplinedWarningOrAbove, int disciplinedNotSelfRemedied) {
}
