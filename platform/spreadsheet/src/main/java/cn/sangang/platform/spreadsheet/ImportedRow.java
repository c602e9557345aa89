package cn.sangang.platform.spreadsheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/**
 * One data row of an imported sheet, read by header name. A value of the wrong type reads as null and leaves an
 * error naming the row and the column ("第5行 入党日期：应为日期，如 2026-01-31"); callers add their own with
 * {@link #reject}, so one list says everything wrong with the row.
 */
public final class ImportedRow {

    private final int number;
    private final Map<String, Integer> columns;
    private final Row row;
    private final List<String> errors = new ArrayList<>();

    ImportedRow(int number, Map<String, Integer> columns, Row row) {
        this.number = number;
        this.columns = columns;
        this.row = row;
    }

    /** The row number as Excel shows it. */
    public int number() {
        return number;
    }

    /** Trimmed text, null when blank; a whole number reads as its digits (a person number typed as 1001). */
    public String text(String header) {
        Cell cell = cell(header);
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case NUMBER -> plain(cell.asNumber());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "是" : "否";
            case ERROR -> {
                reject(header, "单元格有错误值（" + cell.getRawValue() + "）");
                yield null;
            }
            default -> cell.getText();
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 是/否 (also Y/N, TRUE/FALSE, 1/0); null when blank or anything else, which is an error. */
    public Boolean flag(String header) {
        String text = text(header);
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "是", "Y", "YES", "TRUE", "1" -> true;
            case "否", "N", "NO", "FALSE", "0" -> false;
            default -> {
                reject(header, "应填“是”或“否”，而不是“" + text + "”");
                yield null;
            }
        };
    }

    /** A date cell or text written 2026-01-31 (or 2026/1/31); null when blank or not a date, which is an error. */
    public LocalDate date(String header) {
        return numberCellOrText(header, cell -> {
            try {
                return cell.asDate().toLocalDate();
            } catch (RuntimeException notADate) {
                reject(header, "应为日期，如 2026-01-31");
                return null;
            }
        }, text -> {
            try {
                String[] parts = text.replace('/', '-').replace('.', '-').split("-");
                if (parts.length == 3) {
                    return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                            Integer.parseInt(parts[2]));
                }
            } catch (NumberFormatException | DateTimeException notADate) {
                // not a date: the error below says so
            }
            reject(header, "应为日期，如 2026-01-31，而不是“" + text + "”");
            return null;
        });
    }

    /** A number cell or text that is a number; null when blank or not a number, which is an error. */
    public BigDecimal number(String header) {
        return numberCellOrText(header, Cell::asNumber, text -> {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notANumber) {
                reject(header, "应为数字，而不是“" + text + "”");
                return null;
            }
        });
    }

    /** Adds an error about the value in column {@code header}. */
    public void reject(String header, String problem) {
        String error = "第" + number + "行 " + header + "：" + problem;
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<String> errors() {
        return Collections.unmodifiableList(errors);
    }

    boolean blank() {
        return columns.keySet().stream().allMatch(header -> {
            Cell cell = cell(header);
            return cell == null || cell.getText() == null || cell.getText().isBlank();
        });
    }

    private Cell cell(String header) {
        Integer index = columns.get(header);
        if (index == null) {
            throw new IllegalArgumentException("the sheet was read without the column " + header);
        }
        Cell cell = index < row.getCellCount() ? row.getCell(index) : null;
        return cell == null || cell.getType() == CellType.EMPTY ? null : cell;
    }

    /**
     * A value Excel keeps as a number (dates are numbers too) read from the cell, any other typed as text and parsed;
     * null when blank.
     */
    private <T> T numberCellOrText(String header, Function<Cell, T> fromCell, Function<String, T> fromText) {
        Cell cell = cell(header);
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            return fromCell.apply(cell);
        }
        String text = text(header);
        return text == null ? null : fromText.apply(text);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
