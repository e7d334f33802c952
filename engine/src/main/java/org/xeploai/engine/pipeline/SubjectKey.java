package org.xeploai.engine.pipeline;

import org.xeploai.model.SubjectType;

/**
 * A subject as a map key: its type and id. Cheaper than a {@code type + ":" + id} string, which was built and hashed
 * anew for every finding and every fact looked up.
 */
record SubjectKey(SubjectType type, String id) {
}
