package az.muraciet.catalogue;

public enum Utility {
    AZERSU("Azərsu ASC", "m³"),
    AZERISHIQ("Azərişıq ASC", "kWh");

    private final String displayName;
    private final String meterUnit;

    Utility(String displayName, String meterUnit) {
        this.displayName = displayName;
        this.meterUnit = meterUnit;
    }

    public String displayName() {
        return displayName;
    }

    /** What the utility's meters count: a reading and a consumption are in this unit. */
    public String meterUnit() {
        return meterUnit;
    }
}
