package switchboard.desktop.customer;

/**
 * Search criteria; each given criterion must match.
 *
 * @param phoneE164 a number, already normalised
 * @param name words that each start the first or last name
 * @param accountNumber an account number, digits only
 */
record CustomerSearch(String phoneE164, String name, String accountNumber) {
}
