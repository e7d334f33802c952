package org.xeploai.webui.run;

/**
 * An uploaded input file as the run recorded it.
 *
 * @param name         the name the engine reads ({@code members.csv}); the file is stored under this name only
 * @param originalName the name the user's computer gave it, kept for display, never used as a path
 * @param dataRows     physical lines after the header
 */
public record RunInput(String name, String originalName, long sizeBytes, String sha256, long dataRows) {
}
