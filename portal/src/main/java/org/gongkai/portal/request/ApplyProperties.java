package org.gongkai.portal.request;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and when applications are received otherwise than online ({@code gongkai.apply}), as the 申请须知 on
 * {@code /apply} lists them: the government's disclosure office by default (address, postcode, phone and e-mail
 * from {@code gongkai.site}, with {@code hours} and {@code fax} from here), and per agency an office of its own.
 *
 * @param hours the default office's opening hours, e.g. 工作日 9:00—12:00，13:30—17:00
 * @param fax the default office's fax number
 * @param offices per agency (department code), its own receiving office; an agency without one receives through
 *     the default office
 */
@ConfigurationProperties("gongkai.apply")
public record ApplyProperties(String hours, String fax, Map<String, Office> offices) {

	public ApplyProperties {
		offices = offices == null ? Map.of() : Map.copyOf(offices);
	}

	/**
	 * One office that receives applications in person, by post or by fax.
	 *
	 * @param name the office, e.g. 某某市发展和改革委员会办公室
	 * @param address where to hand in or post an application
	 */
	public record Office(String name, String address, String postcode, String phone, String fax, String hours,
			String email) {
	}
}
