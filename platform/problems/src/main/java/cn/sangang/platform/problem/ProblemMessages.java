package cn.sangang.platform.problem;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a refusal's code and arguments into words. Each deployable ships {@code problems/service.properties}
 * (Chinese, the default) and {@code problems/service_en.properties}; the platform's own refusals and the titles
 * live in {@code problems/platform*.properties}. A template names its arguments in braces
 * ({@code 以下人员不是党员：{people}}); a list argument is joined the way the language lists things. A name
 * followed by {@code @prefix} ({@code {roles@role}}) says each value in words through the key {@code prefix.value},
 * so arguments stay codes (ADMIN) while the text says 系统管理员.
 */
public final class ProblemMessages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<String> BUNDLES = List.of("problems/service", "problems/platform");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:@([a-z][a-z0-9-]*))?}");

    private ProblemMessages() {
    }

    /** English when the caller prefers it over Chinese, else Chinese: the product speaks zh-CN unless asked not to. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("zh")) {
                    return CHINESE;
                }
                if (language.equals("en")) {
                    return ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        return CHINESE;
    }

    /** Chinese or English only; anything else is read as Chinese. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : CHINESE;
    }

    /** The detail for a code, or the code itself when no bundle knows it (a catalogue test keeps that from shipping). */
    public static String detail(String code, Map<String, ?> args, Locale locale) {
        return template(code, locale).map(template -> fill(template, args, supported(locale))).orElse(code);
    }

    /** The title of a refusal with this HTTP status. */
    public static String title(int status, Locale locale) {
        return template("title." + status, locale).orElseGet(() -> template("title.other", locale).orElse("Error"));
    }

    /** The Chinese (or English) name of a request field, or the field's own name when none is catalogued. */
    public static String field(String name, Locale locale) {
        return template("field." + name, locale).orElse(name);
    }

    /** Whether a bundle of this deployable has a message for the key in this language. */
    public static boolean knows(String key, Locale locale) {
        return template(key, locale).isPresent();
    }

    static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a code");
        }
        return code;
    }

    private static Optional<String> template(String key, Locale locale) {
        Locale language = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, language);
            if (bundle != null && bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    private static ResourceBundle bundle(String name, Locale language) {
        try {
            return ResourceBundle.getBundle(name, language == ENGLISH ? ENGLISH : Locale.ROOT,
                    ProblemMessages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException absent) {
            return null;
        }
    }

    private static String fill(String template, Map<String, ?> args, Locale language) {
        Matcher matcher = ARGUMENT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = args.containsKey(name) ? text(args.get(name), matcher.group(2), language) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String text(Object value, String prefix, Locale language) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(one -> text(one, prefix, language))
                    .collect(Collectors.joining(language == ENGLISH ? ", " : "、"));
        }
        String said = Objects.toString(value, "");
        return prefix == null ? said : template(prefix + "." + said, language).orElse(said);
    }
}
