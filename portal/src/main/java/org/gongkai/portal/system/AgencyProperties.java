package org.gongkai.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this installation is: the agency's name as printed on letters, and the public address of the
 * portal used in letters and links.
 *
 * @param name the agency (e.g. 某某市人民政府), {@code GONGKAI_AGENCY_NAME}
 * @param publicUrl the portal's address as citizens reach it, {@code GONGKAI_PUBLIC_URL}
 * @param feePayment how applicants pay a fee notice (account, counter, online payment), printed on
 *        the 收费通知, {@code GONGKAI_AGENCY_FEE_PAYMENT}
 */
@ConfigurationProperties("gongkai.agency")
public record AgencyProperties(String name, String publicUrl, String feePayment) {

	/** Printed on fee notices unless {@code gongkai.agency.fee-payment} says otherwise. */
	public static final String DEFAULT_FEE_PAYMENT = "到本机关政府信息公开受理窗口现场缴纳，或者按照政府信息公开平台办理进度页面的提示缴纳";

	public AgencyProperties {
		feePayment = feePayment == null || feePayment.isBlank() ? DEFAULT_FEE_PAYMENT : feePayment.strip();
		name = name == null || name.isBlank() ? "市人民政府" : name;
		publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://127.0.0.1:8080" : publicUrl.replaceAll("/+$", "");
	}
}
