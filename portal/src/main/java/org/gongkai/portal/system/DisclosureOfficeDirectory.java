package org.gongkai.portal.system;

import java.util.Comparator;
import java.util.Optional;

import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.organisation.DisclosureOffice;
import org.gongkai.workflow.organisation.DisclosureOffices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one source of the agencies' 政府信息公开工作机构 contacts, read by the 指南, {@code /apply} and the agencies'
 * sub-sites: the office the administrator registered for the agency ({@code /admin/disclosure-offices}), the
 * government's being its general office's; an agency without one shows the site's contacts ({@code gongkai.site}:
 * 主办单位, address, postcode, phone, e-mail).
 */
@Component
public class DisclosureOfficeDirectory {

	private final SiteIdentity site;

	private final Departments departments;

	private final DisclosureOffices offices;

	DisclosureOfficeDirectory(SiteIdentity site, Departments departments, DisclosureOffices offices) {
		this.site = site;
		this.departments = departments;
		this.offices = offices;
	}

	/**
	 * The office registered for the agency: for the government (a null code or the government's own code) its
	 * general office's; empty if none is registered.
	 */
	@Transactional(readOnly = true)
	public Optional<DisclosureOffice> registered(String agencyCode) {
		if (agencyCode == null || Department.GOVERNMENT.equals(agencyCode)) {
			return generalOffice().flatMap(office -> offices.findById(office.getCode()));
		}
		return offices.findById(agencyCode);
	}

	/** The agency's office contacts: the registered ones, else the site's. */
	@Transactional(readOnly = true)
	public DisclosureOffice.Contact contact(String agencyCode) {
		return registered(agencyCode).map(DisclosureOffice::contact).orElseGet(this::fallback);
	}

	/** What stands in for an office nobody registered: the site's contacts (gongkai.site). */
	public DisclosureOffice.Contact fallback() {
		return new DisclosureOffice.Contact(site.sponsor(), site.address(), site.postcode(), null, site.phone(), null,
				site.email(), null, null, null, null);
	}

	/** The government's general office (政府信息公开工作主管部门), if one is configured. */
	@Transactional(readOnly = true)
	public Optional<Department> generalOffice() {
		return departments.findAll()
			.stream()
			.filter(Department::isGeneralOffice)
			.min(Comparator.comparing(Department::getCode));
	}
}
