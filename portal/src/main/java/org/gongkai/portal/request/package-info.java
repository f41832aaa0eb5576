/** Disclosure requests for applicants: the application form, tracking, 补正 answers, withdrawal, and the API. */
package org.gongkai.portal.request;
