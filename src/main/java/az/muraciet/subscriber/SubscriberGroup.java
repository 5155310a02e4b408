package az.muraciet.subscriber;

/** The subscriber group (abonent qrupu) the registry records: population (Əhali) or non-population (Qeyri-əhali). */
public enum SubscriberGroup {
    /** Əhali */
    POPULATION,
    /** Qeyri-əhali */
    NON_POPULATION
}
