/** The annual report in the portal: the office's page and form, the public page, the API, and the DOCX/XLSX downloads with one merged-cell layout. */
package org.gongkai.portal.annual;
