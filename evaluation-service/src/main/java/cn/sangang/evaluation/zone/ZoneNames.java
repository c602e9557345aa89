package cn.sangang.evaluation.zone;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import cn.sangang.platform.zone.Bureau;
import cn.sangang.platform.zone.Unit;
import cn.sangang.platform.zone.client.ZoneNotFoundException;
import cn.sangang.platform.zone.client.ZoneRefusedException;
import cn.sangang.platform.zone.client.ZoneService;
import cn.sangang.platform.zone.client.ZoneUnavailableException;

/**
 * The names exports print for the unit codes and bureau ids evaluation-service keeps, as zone-service tells them
 * (asked with the caller's own token, before a sheet starts to stream). Names only label what evaluation-service
 * already knows, so whatever zone-service cannot name — or while it does not answer — stays a code or an id: a
 * clerk can still file the export, and nothing waits on zone-service.
 */
@Component
public class ZoneNames {

    /** Names by code or id; {@link #of} falls back to the code itself. */
    public record Names(Map<String, String> byKey) {

        public String of(String key) {
            return key == null ? null : byKey.getOrDefault(key, key);
        }
    }

    private final ZoneService zone;

    ZoneNames(ZoneService zone) {
        this.zone = zone;
    }

    /** The units of the caller's bureau. */
    public Names units() {
        return names(unnamedAsNothing(zone::units), Unit::code, Unit::name);
    }

    /** The caller's bureau as titles name it; its id while zone-service cannot tell. */
    public String bureau(String bureau) {
        List<Bureau> answer = unnamedAsNothing(() -> Stream.ofNullable(zone.bureau()).toList());
        return answer.stream().filter(b -> bureau.equals(b.id()) && b.name() != null && !b.name().isBlank())
                .map(Bureau::name).findFirst().orElse(bureau);
    }

    /** Every bureau, for the county office. */
    public Names bureaus() {
        return names(unnamedAsNothing(zone::bureaus), Bureau::id, Bureau::name);
    }

    private static <T> List<T> unnamedAsNothing(Supplier<List<T>> question) {
        try {
            List<T> answer = question.get();
            return answer == null ? List.of() : answer;
        } catch (ZoneNotFoundException | ZoneRefusedException | ZoneUnavailableException unnamed) {
            return List.of();
        }
    }

    private static <T> Names names(List<T> answers, Function<T, String> key, Function<T, String> name) {
        Map<String, String> byKey = new HashMap<>();
        for (T answer : answers) {
            String k = key.apply(answer);
            String n = name.apply(answer);
            if (k != null && n != null && !n.isBlank()) {
                byKey.put(k, n);
            }
        }
        return new Names(Map.copyOf(byKey));
    }
}
