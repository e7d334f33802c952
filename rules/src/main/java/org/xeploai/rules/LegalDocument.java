package org.xeploai.rules;

import java.util.Map;

/**
 * A document a pack cites, under the short key its rules use in {@code @reference} ("HD21 Mục II.B tiết 2.3 điểm d").
 *
 * @param cite           how the document is named in an explanation, e.g. "Hướng dẫn 21-HD/BTCTW"
 * @param title          number, date, issuer and subject, for {@code packs show}
 * @param insteadForYears for some evaluation years another document of the pack is cited in its place (HD16 for 2018)
 */
public record LegalDocument(String key, String cite, String title, Map<Integer, String> insteadForYears) {
}
