package org.gongkai.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whose site this is, as the header and the footer of every public page show it: the government, its
 * emblem, and the registrations and contacts a Chinese government website must display
 * (国办发〔2017〕47号《政府网站发展指引》). The values are settings, never message text.
 *
 * @param government the government the site belongs to (e.g. 某某市人民政府), {@code GONGKAI_SITE_GOVERNMENT}
 * @param emblem path of the header's emblem image under the portal's static resources
 * @param sponsor 主办单位
 * @param organizer 承办单位, optional
 * @param siteCode 网站标识码
 * @param icp ICP 备案号 (e.g. 京ICP备00000000号), linked to the MIIT's register
 * @param publicSecurity 公安机关备案 text (e.g. 京公网安备 00000000000000号)
 * @param publicSecurityCode the 公安机关备案 number alone, for the link to the register
 * @param phone contact phone
 * @param email contact e-mail
 * @param address postal address
 * @param postcode postcode
 */
@ConfigurationProperties("gongkai.site")
public record SiteIdentity(String government, String emblem, String sponsor, String organizer, String siteCode,
		String icp, String publicSecurity, String publicSecurityCode, String phone, String email, String address,
		String postcode) {

	public SiteIdentity {
		emblem = blank(emblem) ? "/images/emblem.svg" : emblem.strip();
		organizer = blank(organizer) ? null : organizer.strip();
	}

	/** Whether the organizer (承办单位) is to be shown. */
	public boolean hasOrganizer() {
		return organizer != null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
