/**
 * Citizens' e-mail subscriptions to a catalogue column, an agency or a saved search: the public form with
 * double opt-in, one-click unsubscribe, and one digest mail a day when something new was published.
 */
package org.gongkai.portal.subscription;
