package org.xeploai.engine.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder a committee hands in. Files are found by their contract names; a name that differs only in case
 * ({@code Members.CSV}, as Windows users save it) is found too.
 * <p>
 * When the folder holds none of the contract's CSV files but exactly one Excel workbook ({@code *.xlsx}; Excel's
 * lock files {@code ~$*.xlsx} do not count), every input file is read from the workbook's sheet of that name
 * ({@link InputWorkbook}). When it holds CSV files and a workbook, the CSV files win and a warning says the workbook
 * was ignored; several workbooks and no CSV file make the run impossible, since none can be chosen safely.
 */
final class InputFolder implements AutoCloseable {
    /** Where one input file is read from, opened when it is read. */
    @FunctionalInterface
    interface Table {
        TableReader open(String file);
    }

    private final Path directory;
    private final InputWorkbook workbook;
    private final List<InputWarning> warnings;

    private InputFolder(Path directory, InputWorkbook workbook, List<InputWarning> warnings) {
        this.directory = directory;
        this.workbook = workbook;
        this.warnings = warnings;
    }

    static InputFolder open(Path directory) {
        return open(directory, List.of());
    }

    /** @param files the contract's file names: when one of them is there, the folder is read as CSV files */
    static InputFolder open(Path directory, Collection<String> files) {
        if (directory == null || !Files.isDirectory(directory)) {
            String shown = String.valueOf(directory);
            throw new InputUnusableException(shown, 0, null, "input.folder.missing", shown);
        }
        List<Path> workbooks = new ArrayList<>();
        boolean csv = false;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (files.stream().anyMatch(name::equalsIgnoreCase)) {
                    csv = true;
                } else if (lower.endsWith(".xlsx") && !lower.startsWith("~$") && !lower.startsWith(".")
                        && Files.isRegularFile(entry)) {
                    workbooks.add(entry);
                }
            }
        } catch (IOException e) {
            throw CsvTableReader.unreadable(directory.toString(), e);
        }
        List<String> names = workbooks.stream().map(p -> p.getFileName().toString()).toList();
        if (workbooks.isEmpty()) {
            return new InputFolder(directory, null, List.of());
        }
        if (csv) {
            String all = String.join(", ", names);
            return new InputFolder(directory, null, List.of(new InputWarning(names.get(0), "input.workbook.ignored",
                    List.of(all, directory.toString()))));
        }
        if (workbooks.size() > 1) {
            throw new InputUnusableException(names.get(0), 0, null, "input.workbook.several",
                    directory.toString(), String.join(", ", names));
        }
        return new InputFolder(directory, InputWorkbook.open(workbooks.get(0)), List.of());
    }

    /** Warnings about the folder itself (a workbook ignored beside CSV files). */
    List<InputWarning> warnings() {
        return warnings;
    }

    /** The workbook the input is read from, if it is read from one. */
    Optional<InputWorkbook> workbook() {
        return Optional.ofNullable(workbook);
    }

    /** Where a required file is read from; an {@link InputUnusableException} naming it when it is not there. */
    Table requiredTable(String name) {
        if (workbook != null) {
            TableReader sheet = workbook.requiredSheet(name);
            return file -> sheet;
        }
        Path path = required(name);
        return file -> CsvTableReader.open(path, file);
    }

    /** Where an optional file is read from, if it is there. */
    Optional<Table> optionalTable(String name) {
        if (workbook != null) {
            return workbook.sheet(name).map(sheet -> file -> sheet);
        }
        return optional(name).map(path -> file -> CsvTableReader.open(path, file));
    }

    /** The file, or an {@link InputUnusableException} naming it when it is not there. */
    Path required(String name) {
        return optional(name).orElseThrow(() ->
                new InputUnusableException(name, 0, null, "input.file.missing", name, directory.toString()));
    }

    Optional<Path> optional(String name) {
        Path exact = directory.resolve(name);
        Path found = Files.exists(exact) ? exact : caseInsensitive(name);
        if (found == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(found) || !Files.isReadable(found)) {
            throw new InputUnusableException(name, 0, null, "input.file.unreadable", name, found.toString());
        }
        return Optional.of(found);
    }

    private Path caseInsensitive(String name) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).sorted().findFirst()
                    .orElse(null);
        } catch (IOException e) {
            throw CsvTableReader.unreadable(name, e);
        }
    }

    @Override
    public void close() {
        if (workbook != null) {
            workbook.close();
        }
    }
}
