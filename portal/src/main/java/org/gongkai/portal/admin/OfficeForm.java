package org.gongkai.portal.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongkai.workflow.organisation.DisclosureOffice;

/** The administrator's form for an agency's disclosure office; empty optional fields take the defaults. */
public record OfficeForm(@NotBlank @Size(max = 200, message = "{text.size}") String name,
		@NotBlank @Size(max = 300, message = "{text.size}") String address,
		@Size(max = 10, message = "{text.size}") String postcode,
		@NotBlank @Size(max = 200, message = "{text.size}") String officeHours,
		@NotBlank @Size(max = 50, message = "{text.size}") String phone, @Size(max = 50, message = "{text.size}") String fax,
		@Size(max = 200, message = "{text.size}") String email,
		@Size(max = 300, message = "{text.size}") String onlineChannel,
		@Size(max = 1000, message = "{text.size}") String readingPlaces,
		@Size(max = 200, message = "{text.size}") String reviewAuthority,
		@Size(max = 200, message = "{text.size}") String complaintAuthority) {

	static OfficeForm of(DisclosureOffice.Contact c) {
		return new OfficeForm(c.name(), c.address(), c.postcode(), c.officeHours(), c.phone(), c.fax(), c.email(),
				c.onlineChannel(), c.readingPlaces(), c.reviewAuthority(), c.complaintAuthority());
	}

	DisclosureOffice.Contact contact() {
		return new DisclosureOffice.Contact(name.strip(), address.strip(), postcode, officeHours.strip(), phone.strip(),
				fax, email, onlineChannel, readingPlaces, reviewAuthority, complaintAuthority);
	}
}
