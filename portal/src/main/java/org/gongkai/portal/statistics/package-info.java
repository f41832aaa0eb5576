/** The office's statistics dashboards: charts drawn locally from tables that stay readable without JavaScript, with CSV and XLSX exports. */
package org.gongkai.portal.statistics;
