/** Administration: the users who log in, their roles and the agents they work as. */
package switchboard.desktop.admin;
