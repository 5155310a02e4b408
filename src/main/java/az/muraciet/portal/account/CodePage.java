package az.muraciet.portal.account;

/**
 * What the page for entering an SMS code shows (template portal/account/code): the same page for logging in, first
 * login and a changed mobile.
 *
 * @param title message key of the heading
 * @param intro what was sent where
 * @param action where the code is posted
 * @param resendAction where "send a new code" is posted
 * @param back where "start again" leads, and its text
 */
record CodePage(String title, Message intro, String submit, String action, String resendAction, String back,
        String backText, long validityMinutes) {
}
