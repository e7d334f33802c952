package org.xeploai.model;

/** What is classified: a party member, a party organization, or a leadership collective (tập thể cấp ủy). */
public enum SubjectType {
    MEMBER, ORGANIZATION, COLLECTIVE
}
