package az.muraciet.portal;

import java.util.regex.Pattern;

/** Where a portal form may send the citizen back to: a path of this site, never another site. */
public final class ReturnPaths {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?=&-]*");

    private ReturnPaths() {
    }

    /** @return {@code path} if it is a path of this site, else {@code /} */
    public static String safe(String path) {
        return path != null && path.length() <= 500 && LOCAL_PATH.matcher(path).matches() ? path : "/";
    }
}
