package org.xeploai.engine.input;

/**
 * The records of one input file, wherever they come from: a CSV file ({@link CsvTableReader}) or a sheet of the
 * folder's workbook ({@link XlsxSheetReader}). Everything after (header mapping, schemas, tree checks) is the same
 * code for both.
 */
interface TableReader extends AutoCloseable {

    /** The header record (its line is the line or sheet row where it stands). */
    CsvRow header();

    /** The next record that is not blank, or {@code null} at the end. */
    CsvRow next();

    /** Data records read so far, blank ones excluded. */
    long rowsRead();

    /** Numbers in text may use a decimal comma (semicolon-delimited CSV files). */
    boolean decimalComma();

    /** The rejection of a record with {@code cells} non-blank cells up to its last one, beyond the header's {@code width}. */
    RejectedRow tooManyCells(String file, long line, String firstExtra, int cells, int width);

    @Override
    void close();
}
