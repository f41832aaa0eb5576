/** The agency's departments: who publishes, who handles, which organisation code numbers their items. */
package org.gongkai.workflow.organisation;
