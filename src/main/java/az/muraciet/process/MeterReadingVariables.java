package az.muraciet.process;

/**
 * Process variables of a meter reading, the same in every process that takes one (Azərsu's water meters today, an
 * Azərişıq electricity meter reading tomorrow): what {@link MeterReadingFactsDelegate} gives the plausibility
 * decision and the review form, and what {@link RecordMeterReadingDelegate} reads and records.
 */
public final class MeterReadingVariables {

    /** The reading the citizen gave (start form field); a number with at most 3 decimals. */
    public static final String READING = "reading";

    // set by MeterReadingFactsDelegate (${meterReadingFactsDelegate})
    /** The serial of the subscriber's active meter. */
    public static final String METER_SERIAL = "meterSerial";
    /** The day the reading was given (ISO date, Baku time): the day the case was submitted. */
    public static final String READING_DATE = "readingDate";
    /** What the utility's meters count: {@code m³} (Azərsu), {@code kWh} (Azərişıq). */
    public static final String READING_UNIT = "readingUnit";
    /** The meter's last accepted reading; null when it has none. */
    public static final String LAST_READING = "lastReading";
    /** The day of the last accepted reading (ISO date); null when there is none. */
    public static final String LAST_READING_DATE = "lastReadingDate";
    /** The reading minus the last one (negative when lower); null without a last reading. */
    public static final String CONSUMPTION_SINCE_LAST_READING = "consumptionSinceLastReading";
    /** The meter's consumption per month over the last year of readings; null when the readings do not tell. */
    public static final String AVERAGE_MONTHLY_CONSUMPTION = "averageMonthlyConsumption";
    /** Months (two decimals) from the last reading to this one; null without a last reading. */
    public static final String MONTHS_SINCE_LAST_READING = "monthsSinceLastReading";

    /** The plausibility decision's result (MeterReadingPlausibility.dmn): PLAUSIBLE or why it is to be reviewed. */
    public static final String READING_CHECK = "readingCheck";
    public static final String PLAUSIBLE = "PLAUSIBLE";

    // RecordMeterReadingDelegate (${recordMeterReadingDelegate}): its input parameters and its result
    /** Input parameter: the reading to record, e.g. ${reading} or ${correctedReading}. */
    public static final String READING_TO_RECORD = "readingToRecord";
    /** Input parameter: who gave it, as MeterReading.Source: CITIZEN (as submitted) or EMPLOYEE (corrected). */
    public static final String READING_SOURCE = "readingSource";
    /** The reading recorded, as people write it ({@code 1341.5}); with {@link #READING_UNIT} the case's note. */
    public static final String ACCEPTED_READING = "acceptedReading";

    private MeterReadingVariables() {
    }
}
