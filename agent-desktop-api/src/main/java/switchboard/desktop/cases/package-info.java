/** Cases: complaints, requests and incidents a customer has raised, with their state and due date. */
package switchboard.desktop.cases;
