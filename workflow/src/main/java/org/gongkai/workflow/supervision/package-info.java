/** 领导批示督办 (instructions and supervision): a leader's instruction on an item and the supervision of the units' feedback by a deadline. */
package org.gongkai.workflow.supervision;
