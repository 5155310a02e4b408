package az.muraciet.notification;

/** An SMS operator's gateway. */
interface SmsGateway {

    /**
     * @param reference our idempotency key, passed to the provider so that a retry after a lost answer is not
     *        delivered twice
     * @param sender the sender name the citizen sees (the utility's)
     * @return the provider's message id
     */
    String send(String reference, String sender, String phoneE164, String text);
}
