package az.muraciet.identity;

/** What a one-time code proves; limits and cool-downs count per FIN and purpose. */
enum CodePurpose {
    /** the citizen holds the mobile registered for their FIN */
    LOGIN,
    /** the citizen holds the mobile they gave as their contact number */
    MOBILE
}
