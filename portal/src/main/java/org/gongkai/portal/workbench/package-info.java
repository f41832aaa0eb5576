/** The staff workbench: task inbox per role and department, claim, release, decide. */
package org.gongkai.portal.workbench;
