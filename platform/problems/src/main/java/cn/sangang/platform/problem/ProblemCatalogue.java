package cn.sangang.platform.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The messages one bundle pair holds, checked the way a translator would: every key in both languages with the
 * same arguments, and every code the sources throw catalogued. Tests of each deployable run it on their own pair.
 */
public final class ProblemCatalogue {

    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:@[a-z][a-z0-9-]*)?}");
    /** A code as the sources pass it: a quoted dotted lower-case name right after an exception's opening bracket. */
    private static final Pattern THROWN = Pattern.compile(
            "(?:Exception|Problem\\.\\w+|Problem)\\(\\s*(?:HttpStatus\\.\\w+,\\s*)?\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    private final String name;
    private final Properties chinese;
    private final Properties english;

    private ProblemCatalogue(String name) {
        this.name = name;
        this.chinese = load(name + ".properties");
        this.english = load(name + "_en.properties");
    }

    public static ProblemCatalogue platform() {
        return new ProblemCatalogue("problems/platform");
    }

    public static ProblemCatalogue service() {
        return new ProblemCatalogue("problems/service");
    }

    /** What a translator would have to fix: keys in one language only, or with other arguments. */
    public List<String> mismatches() {
        List<String> found = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        chinese.stringPropertyNames().forEach(keys::add);
        english.stringPropertyNames().forEach(keys::add);
        for (String key : keys) {
            String zh = chinese.getProperty(key);
            String en = english.getProperty(key);
            if (zh == null || en == null) {
                found.add(name + ": '" + key + "' has no " + (zh == null ? "Chinese" : "English") + " message");
            } else if (!arguments(zh).equals(arguments(en))) {
                found.add(name + ": '" + key + "' names " + arguments(zh) + " in Chinese but " + arguments(en)
                        + " in English");
            }
        }
        return found;
    }

    /** Codes thrown in {@code sources} that neither this bundle nor the platform's has a message for. */
    public List<String> uncatalogued(Path sources) {
        Properties platform = load("problems/platform.properties");
        return codesThrownIn(sources).stream().filter(code -> !chinese.containsKey(code) && !platform.containsKey(code))
                .toList();
    }

    /** Every code literal the Java sources under {@code root} pass to a refusal. */
    public static Set<String> codesThrownIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                try {
                    Matcher matcher = THROWN.matcher(Files.readString(file));
                    return matcher.results().map(result -> result.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> arguments(String template) {
        return ARGUMENT.matcher(template).results().map(result -> result.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
