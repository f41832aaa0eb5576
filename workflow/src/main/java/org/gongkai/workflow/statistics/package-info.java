/** Statistics for the disclosure office: requests and catalogue publication counted by grouped queries, for dashboards and exports. */
package org.gongkai.workflow.statistics;
