/**
 * The identity data of an application (art. 29, SPEC §2.1): resident identity numbers, 统一社会信用代码
 * and telephone numbers, each checked by its national standard, with Bean Validation constraints for
 * forms.
 */
package org.gongkai.workflow.request.identity;
