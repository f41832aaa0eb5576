/** 建议提案办理 pages and API: the office registers, the units handle, the public reads the published replies and the year's table. */
package org.gongkai.portal.proposal;
