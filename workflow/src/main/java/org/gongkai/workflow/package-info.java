/**
 * The cases of Gongkai (catalogue items, later disclosure requests and reports), their persistence,
 * the BPMN processes that move them and the delegates those processes call.
 */
package org.gongkai.workflow;
