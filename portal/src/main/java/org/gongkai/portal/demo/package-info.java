/** Demo data for local runs and tests: departments of a city government and a few published items. */
package org.gongkai.portal.demo;
