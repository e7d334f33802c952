package org.xeploai.engine;

/** The rules a result was made with: pack name, version and the SHA-256 of its files. */
public record PackInfo(String name, String version, String hash) {
}
