package cn.sangang.platform.input;

import java.time.LocalDate;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates in request bodies lie between 0001-01-01 and 9999-12-31. A date a year parser takes, such as
 * -999999999-01-01, is past what the store can hold (it keeps dates as milliseconds since 1970) and would fail
 * only when written, as a server error; anything outside four-digit years is no date of this domain either.
 */
public final class CalendarDates {

    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private CalendarDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("sangang-calendar-dates").addDeserializer(LocalDate.class, new Deserializer());
    }

    private static final class Deserializer extends StdDeserializer<LocalDate> {

        Deserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getString(),
                        "a date must lie between %s and %s", FIRST, LAST);
            }
            return date;
        }
    }
}
