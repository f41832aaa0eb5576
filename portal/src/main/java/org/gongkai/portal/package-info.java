/** The only Spring Boot application of Gongkai: pages, REST API, security and wiring. */
package org.gongkai.portal;
