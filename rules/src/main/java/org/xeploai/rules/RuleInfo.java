package org.xeploai.rules;

/** A rule of a built pack as an inspection board reads it: id, legal reference, the file it is in, and its title. */
public record RuleInfo(String id, String reference, String file, String title) {
}
