package org.xeploai.engine.input;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Excel workbook ({@code .xlsx}) handed in instead of the CSV files: one sheet per input file, named as the file
 * with or without its {@code .csv} suffix, whatever the case ({@code members}, {@code Members.csv}). A file that is
 * not a valid XLSX workbook (an old {@code .xls}, a password-protected or damaged file) makes the run impossible.
 * Rows are read by {@link XlsxSheetReader}.
 */
final class InputWorkbook implements AutoCloseable {
    private final Path path;
    private final String name;
    private final XSSFWorkbook workbook;

    private InputWorkbook(Path path, XSSFWorkbook workbook) {
        this.path = path;
        this.name = path.getFileName().toString();
        this.workbook = workbook;
    }

    /** Opens the workbook read-only; throws {@link InputUnusableException} when it is not a valid XLSX workbook. */
    static InputWorkbook open(Path path) {
        String name = path.getFileName().toString();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            return new InputWorkbook(path, new XSSFWorkbook(pkg));
        } catch (Exception | LinkageError e) {
            if (pkg != null) {
                pkg.revert();
            }
            String reason = e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName().replace("Exception", "") : e.getMessage().strip();
            throw new InputUnusableException(name, 0, null, "input.workbook.invalid", name, reason);
        }
    }

    String name() {
        return name;
    }

    Path path() {
        return path;
    }

    /** The sheet of an input file ({@code members.csv}), if the workbook has one. */
    Optional<TableReader> sheet(String file) {
        String bare = file.toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
        List<Sheet> found = new ArrayList<>();
        for (Sheet sheet : workbook) {
            String sheetName = sheet.getSheetName().strip().toLowerCase(Locale.ROOT);
            if (sheetName.equals(bare) || sheetName.equals(bare + ".csv")) {
                found.add(sheet);
            }
        }
        if (found.size() > 1) {
            throw new InputUnusableException(name, 0, null, "input.workbook.sheet_duplicate", name,
                    found.get(0).getSheetName(), found.get(1).getSheetName(), file);
        }
        return found.stream().findFirst().map(s -> XlsxSheetReader.open(s, file, name));
    }

    /** The sheet of a required input file, or an {@link InputUnusableException} naming the workbook and sheet. */
    TableReader requiredSheet(String file) {
        return sheet(file).orElseThrow(() -> {
            String bare = file.replaceFirst("\\.csv$", "");
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            return new InputUnusableException(name, 0, null, "input.workbook.sheet_missing", name, bare,
                    String.join(", ", names));
        });
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only: nothing to save
        }
    }
}
