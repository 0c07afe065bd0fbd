/**
 * Callbacks: promises to call a customer back at a time, made by an agent's disposition, the IVR
 * or the API, kept until the dialer releases them within the calling window.
 */
package switchboard.desktop.callback;
