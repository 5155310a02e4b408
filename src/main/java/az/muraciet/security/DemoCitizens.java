package az.muraciet.security;

import java.util.List;

/** The demo citizens' FINs (see the README); their subscriber codes are in the demo data. */
public final class DemoCitizens {

    public static final String RASHAD = "1AB2C3D";
    public static final String GUNEL = "5KLM6N7";
    public static final String TURAL = "9PQR8S7";
    public static final List<String> FINS = List.of(RASHAD, GUNEL, TURAL);
    public static final String PASSWORD = "demo";

    private DemoCitizens() {
    }
}
