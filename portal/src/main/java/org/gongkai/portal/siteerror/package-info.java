/** 我为政府网站找错: visitors' reports of errors on this site, and the general office's handling of them. */
package org.gongkai.portal.siteerror;
