/**
 * The IVR's menus and rules as data (config/ivr/ivr.json), validated when loaded: every problem
 * is reported at once, each with the path of the setting at fault.
 */
package switchboard.ivr.config;
