/** The staff's view of the engine: inboxes per role and department, claim, release, complete. */
package org.gongkai.workflow.task;
