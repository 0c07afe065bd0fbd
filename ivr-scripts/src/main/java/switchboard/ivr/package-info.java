/**
 * The IVR, as a FastAGI script ({@link switchboard.ivr.IvrScript}): opening hours, caller
 * identification by number (known callers are greeted and skip the language menu; top tiers get
 * a short priority menu), language and intent menus, account entry and identity verification,
 * self-service balance (a call that ends there is contained), and a callback offer when the wait
 * would be long. It leaves on the channel what routing and the screen-pop need:
 * {@code SWB_CUSTOMER_ID}, {@code SWB_LANGUAGE}, {@code SWB_INTENT}, {@code SWB_VERIFIED},
 * {@code SWB_IVR_PATH}, and {@code SWB_CONTAINED} or {@code SWB_CALLBACK} when the call ends here.
 *
 * <p>Menus are data ({@link switchboard.ivr.config.IvrConfig}, config/ivr/ivr.json). The script
 * keeps no per-call state in fields: Asterisk-Java shares one instance between concurrent calls.
 */
package switchboard.ivr;
