package az.muraciet.catalogue;

public enum Utility {
    AZERSU("Azərsu ASC"),
    AZERISHIQ("Azərişıq ASC");

    private final String displayName;

    Utility(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
