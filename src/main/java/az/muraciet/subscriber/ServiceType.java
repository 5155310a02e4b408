package az.muraciet.subscriber;

/** What a water subscriber is provided with (göstərilən xidmətin növü): water supply, sewerage, or both. */
public enum ServiceType {
    /** Su təchizatı */
    WATER,
    /** Tullantı sularının axıdılması */
    SEWERAGE,
    /** Su təchizatı və tullantı sularının axıdılması */
    WATER_AND_SEWERAGE
}
