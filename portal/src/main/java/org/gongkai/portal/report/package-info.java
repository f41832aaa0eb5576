/** 政务信息 reporting in the portal: API, pages, rankings with charts and XLSX export. */
package org.gongkai.portal.report;
