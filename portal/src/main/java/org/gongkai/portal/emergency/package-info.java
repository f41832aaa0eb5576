/** 紧急信息 in the portal: the units' emergency events and their situation reports (初报, 续报, 终报), pages and API. */
package org.gongkai.portal.emergency;
