/**
 * The anonymous calculators of the public API: when a period of N working days ends, and what a
 * disclosure would cost under 国办函〔2020〕109号.
 */
package org.gongkai.portal.calendar;
