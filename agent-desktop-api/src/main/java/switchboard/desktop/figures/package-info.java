/** How figures are shown to people: rounded, and null where nothing was measured. */
package switchboard.desktop.figures;
