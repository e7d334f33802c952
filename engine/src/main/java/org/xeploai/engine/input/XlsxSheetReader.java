package org.xeploai.engine.input;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sheet of the input workbook as the records of the input file of the same name.
 * <ul>
 *     <li>The sheet's first non-blank row is the header; each following row is a record; blank rows are skipped.</li>
 *     <li>A record's line ({@code line} in {@code rejected.csv}) is the sheet's row number as Excel shows it
 *     (header = 1 when it stands in row 1); the {@code file} column of {@code rejected.csv} names the contract's
 *     file ({@code members.csv}), not the workbook or the sheet.</li>
 *     <li>Cells are read as the text a user sees: dates as {@code yyyy-mm-dd}, whole numbers without a spurious
 *     {@code .0} (other numbers to 15 significant digits, as Excel shows them), percentages as the number of
 *     percent ({@code 85%} reads {@code 85}), booleans as {@code true}/{@code false}, formulas by their cached value,
 *     an error value as Excel writes it ({@code #N/A}), refused then by the column's parser.</li>
 * </ul>
 */
final class XlsxSheetReader implements TableReader {
    private static final MathContext SHOWN = new MathContext(15);

    private final Sheet sheet;
    private final String file;
    private final String workbook;
    private final int lastRow;
    private int nextRow;
    private final CsvRow header;
    private long rowsRead;

    private XlsxSheetReader(Sheet sheet, String file, String workbook) {
        this.sheet = sheet;
        this.file = file;
        this.workbook = workbook;
        this.nextRow = Math.max(0, sheet.getFirstRowNum());
        this.lastRow = sheet.getLastRowNum();
        CsvRow first = nextNonBlank();
        if (first == null) {
            throw new InputUnusableException(workbook, 0, null, "input.workbook.sheet_empty", workbook,
                    sheet.getSheetName(), file);
        }
        List<String> cells = new ArrayList<>(first.cells());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        this.header = new CsvRow(first.line(), List.copyOf(cells));
    }

    static XlsxSheetReader open(Sheet sheet, String file, String workbook) {
        return new XlsxSheetReader(sheet, file, workbook);
    }

    @Override
    public CsvRow header() {
        return header;
    }

    @Override
    public CsvRow next() {
        CsvRow row = nextNonBlank();
        if (row != null) {
            rowsRead++;
        }
        return row;
    }

    @Override
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public boolean decimalComma() {
        return false;
    }

    @Override
    public RejectedRow tooManyCells(String file, long line, String firstExtra, int cells, int width) {
        return new RejectedRow(file, line, "", firstExtra, "input.workbook.too_many_cells",
                List.of(cells, width, sheet.getSheetName(), workbook));
    }

    private CsvRow nextNonBlank() {
        while (nextRow <= lastRow) {
            Row row = sheet.getRow(nextRow++);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row.getCell(c)));
            }
            CsvRow record = new CsvRow(row.getRowNum() + 1L, cells);
            if (!record.blank()) {
                return record;
            }
        }
        return null;
    }

    /** The text a user sees in the cell, in the forms the input files use. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> numeric(cell);
            case ERROR -> error(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            return date.toLocalDate().toString();
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        BigDecimal number = new BigDecimal(Double.toString(value));
        if (format != null && format.contains("%")) {
            number = number.movePointRight(2);
        }
        number = number.round(SHOWN).stripTrailingZeros();
        if (number.signum() == 0) {
            return "0";
        }
        return number.toPlainString();
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    @Override
    public void close() {
        // the workbook is closed by InputWorkbook
    }
}
