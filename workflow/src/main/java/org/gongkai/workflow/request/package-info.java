/**
 * Disclosure requests (依申请公开): filing, receipt, 补正, handling, reply, with statutory clocks.
 * A request keeps its status (where it is), outcome (reply type and reasons) and visibility apart.
 */
package org.gongkai.workflow.request;
