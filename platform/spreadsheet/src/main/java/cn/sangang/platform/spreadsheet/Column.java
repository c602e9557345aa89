package cn.sangang.platform.spreadsheet;

import java.util.function.Function;

/**
 * One column of an export: its Chinese header, its width in characters, and how a row yields its cell. A cell
 * may be a String, a Number, a Boolean (written 是/否), a LocalDate, a LocalDateTime, an Instant (written in
 * Asia/Shanghai) or null (left empty); anything else is written as its toString().
 */
public record Column<T>(String header, int width, Function<? super T, ?> value) {

    public static <T> Column<T> of(String header, int width, Function<? super T, ?> value) {
        return new Column<>(header, width, value);
    }
}
