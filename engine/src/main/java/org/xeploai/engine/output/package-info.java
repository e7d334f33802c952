/**
 * The output folder of a run: the CSV files of the contract, written through one CSV writer ({@code CsvOutput}),
 * formatted in one place ({@code OutputFormat}) and replaced all together ({@code OutputFolder}).
 */
package org.xeploai.engine.output;
