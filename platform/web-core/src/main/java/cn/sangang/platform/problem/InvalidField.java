package cn.sangang.platform.problem;

/** A request field whose value breaks its constraint, with the constraint's message in the caller's language. */
public record InvalidField(String field, String reason) {

    /** The field as the request body names it: {@code items[0].title} is about {@code title}. */
    public static String lastName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int index = last.indexOf('[');
        return index > 0 ? last.substring(0, index) : last;
    }
}
