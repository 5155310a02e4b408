package az.muraciet.browser;

/** Text put into an XPath expression. */
final class XPaths {

    private XPaths() {
    }

    /** The text as an XPath string literal, quotes included. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
