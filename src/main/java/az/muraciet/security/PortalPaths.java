package az.muraciet.security;

/** The citizens' portal's addresses as the security rules see them; pages add their paths here. */
public final class PortalPaths {

    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";

    /** Every path the portal's filter chain answers for. */
    static final String[] ALL = { "/", "/login", "/login/**", "/logout", "/welcome", "/welcome/**", "/profile",
            "/profile/**", "/services", "/services/**", "/applications", "/applications/**", "/notifications",
            "/notifications/**", "/statements", "/statements/**", "/preferences", "/portal/**", "/oauth2/**" };

    /**
     * Paths open before login: the login itself (with the identity provider's callback {@code /login/oauth2/code/*}
     * and the redirect to it {@code /oauth2/authorization/*}), the e-mail confirmation link, the catalogue, style
     * and settings.
     */
    static final String[] PUBLIC = { "/login", "/login/**", "/welcome/email/**", "/services", "/preferences",
            "/portal/**", "/oauth2/**" };

    /** The portal runs no script at all, and loads nothing from anywhere else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    private PortalPaths() {
    }
}
