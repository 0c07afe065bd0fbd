/**
 * Phone numbers as Switchboard stores and compares them: E.164, parsed with libphonenumber from
 * whatever a person or a PBX wrote ({@code (415) 555-0134}, {@code +44 20 7946 0958},
 * {@code 0049 151 23456789}, {@code tel:+33612345678}), and the time zone a number implies.
 */
package switchboard.desktop.customer.phone;
