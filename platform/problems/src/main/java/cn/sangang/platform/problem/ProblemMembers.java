package cn.sangang.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem's members side by side, as RFC 9457 has them, for writers outside a web framework's converters (filters,
 * the container's error valve): a bare JSON mapper would nest the extra members (code, args) under "properties".
 */
public final class ProblemMembers {

    private ProblemMembers() {
    }

    public static Map<String, Object> of(URI type, String title, int status, String detail, URI instance,
            Map<String, Object> extra) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (type != null) {
            members.put("type", type.toString());
        }
        members.put("title", title);
        members.put("status", status);
        members.put("detail", detail);
        if (instance != null) {
            members.put("instance", instance.toString());
        }
        if (extra != null) {
            members.putAll(extra);
        }
        return members;
    }
}
