package org.gongkai.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this installation is: the agency's name as printed on letters, and the public address of the
 * portal used in letters and links.
 *
 * @param name the agency (e.g. 某某市人民政府), {@code GONGKAI_AGENCY_NAME}
 * @param publicUrl the portal's address as citizens reach it, {@code GONGKAI_PUBLIC_URL}
 */
@ConfigurationProperties("gongkai.agency")
public record AgencyProperties(String name, String publicUrl) {

	public AgencyProperties {
		name = name == null || name.isBlank() ? "市人民政府" : name;
		publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://127.0.0.1:8080" : publicUrl.replaceAll("/+$", "");
	}
}
