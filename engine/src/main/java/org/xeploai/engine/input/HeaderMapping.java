package org.xeploai.engine.input;

import org.xeploai.model.Text;
import org.xeploai.model.schema.Column;
import org.xeploai.model.schema.RowSchema;
import org.xeploai.rules.PackDescriptor;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which cell of a row holds which column of a file's schema, from its header row. Headers match a column's English
 * name or Vietnamese alias whatever the case, diacritics, spaces, underscores and hyphens. Two headers for one column
 * and a column the schema or the pack requires but the header lacks make the file unusable; headers that name no
 * column are kept out of the way and listed once in a warning.
 */
final class HeaderMapping {
    private final String file;
    private final Map<String, Integer> indexByColumn;
    private final int width;
    private final Map<Integer, String> unknown = new LinkedHashMap<>();
    private final BitSet unnamed = new BitSet();
    private final BitSet unnamedWithData = new BitSet();

    private HeaderMapping(String file, Map<String, Integer> indexByColumn, int width) {
        this.file = file;
        this.indexByColumn = indexByColumn;
        this.width = width;
    }

    /**
     * Maps the header of a file.
     *
     * @param descriptor the pack whose {@code requiredColumns} and {@code classificationColumns} for this file must
     *                   be present too; {@code null} for none
     */
    static HeaderMapping of(CsvRow header, RowSchema<?> schema, PackDescriptor descriptor) {
        String file = schema.file();
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> headerText = new LinkedHashMap<>();
        List<String> cells = header.cells();
        HeaderMapping mapping = new HeaderMapping(file, index, cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String text = Text.nfc(cells.get(i).replace("\uFEFF", "").strip());
            if (text.isEmpty()) {
                mapping.unknown.put(i, "");
                mapping.unnamed.set(i);
                continue;
            }
            Optional<Column> column = schema.columnForHeader(text);
            if (column.isEmpty()) {
                mapping.unknown.put(i, text);
                continue;
            }
            String name = column.get().name();
            if (index.containsKey(name)) {
                throw new InputUnusableException(file, header.line(), name, "input.column.duplicate",
                        file, headerText.get(name), text, name, column.get().alias());
            }
            index.put(name, i);
            headerText.put(name, text);
        }
        Set<String> headerKeys = new HashSet<>();
        cells.forEach(c -> headerKeys.add(Text.key(c.replace("\uFEFF", ""))));
        checkRequired(file, header.line(), schema, descriptor, index.keySet(), headerKeys);
        return mapping;
    }

    /**
     * @param present    the schema's columns the header names
     * @param headerKeys the comparison keys of all headers: a column the pack requires that the schema does not know
     *                   is present when a header names it
     */
    private static void checkRequired(String file, long line, RowSchema<?> schema, PackDescriptor descriptor,
                                      Set<String> present, Set<String> headerKeys) {
        Set<String> bySchema = schema.columns().stream().filter(Column::required).map(Column::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> byPack = new LinkedHashSet<>();
        if (descriptor != null) {
            byPack.addAll(descriptor.requiredColumns() == null ? List.of()
                    : descriptor.requiredColumns().getOrDefault(file, List.of()));
            byPack.addAll(descriptor.classificationColumns() == null ? List.of()
                    : descriptor.classificationColumns().getOrDefault(file, List.of()));
        }
        byPack.removeAll(bySchema);
        List<String> missing = new ArrayList<>();
        for (String name : bySchema) {
            if (!present.contains(name)) {
                missing.add(name);
            }
        }
        boolean schemaMissing = !missing.isEmpty();
        for (String name : byPack) {
            boolean known = schema.column(name).isPresent();
            if (known ? !present.contains(name) : !headerKeys.contains(Text.key(name))) {
                missing.add(name);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String first = missing.get(0);
        String alias = alias(schema, first);
        if (missing.size() > 1) {
            String all = missing.stream().map(n -> n + " (" + alias(schema, n) + ")").collect(Collectors.joining(", "));
            throw new InputUnusableException(file, line, first, "input.columns.missing", file, all);
        }
        if (schemaMissing || descriptor == null) {
            throw new InputUnusableException(file, line, first, "input.column.missing", file, first, alias);
        }
        throw new InputUnusableException(file, line, first, "input.column.missing_for_pack", file, first, alias,
                String.valueOf(descriptor.name()));
    }

    private static String alias(RowSchema<?> schema, String name) {
        return schema.column(name).map(Column::alias).orElse(name);
    }

    /** The cells of a record by canonical column; a cell beyond the end of a short record is absent. */
    Map<String, String> cells(CsvRow row) {
        List<String> cells = row.cells();
        Map<String, String> out = new HashMap<>(indexByColumn.size() * 2);
        for (Map.Entry<String, Integer> e : indexByColumn.entrySet()) {
            int i = e.getValue();
            if (i < cells.size()) {
                out.put(e.getKey(), cells.get(i));
            }
        }
        for (int i = unnamed.nextSetBit(0); i >= 0 && i < cells.size(); i = unnamed.nextSetBit(i + 1)) {
            if (!cells.get(i).isBlank()) {
                unnamedWithData.set(i);
            }
        }
        return out;
    }

    /** Cells with text beyond the header's last column: a delimiter inside an unquoted value, most often. */
    int extraCells(CsvRow row) {
        int extra = 0;
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                extra = i - width + 1;
            }
        }
        return extra;
    }

    int width() {
        return width;
    }

    /**
     * One warning listing the headers that name no column, and columns without a header that hold data
     * (written as {@code #n}, n counting from 1); empty when there are none.
     */
    Optional<InputWarning> unknownColumnsWarning() {
        List<String> names = new ArrayList<>();
        unknown.forEach((i, text) -> {
            if (!text.isEmpty()) {
                names.add(text);
            } else if (unnamedWithData.get(i)) {
                names.add("#" + (i + 1));
            }
        });
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InputWarning(file, "input.columns.unknown", List.of(file, String.join(", ", names))));
    }
}
