package org.xeploai.webui.run;

/** An output file of a run, as the engine named it. */
public record RunFile(String name, long sizeBytes, String sha256) {
}
