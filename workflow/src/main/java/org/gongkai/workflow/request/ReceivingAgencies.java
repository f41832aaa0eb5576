package org.gongkai.workflow.request;

import java.util.List;
import java.util.Optional;

import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies an applicant may apply to (受理机关). Today these are the departments; everything that lists
 * or checks them reads them here, so that a tree of agencies (with districts) can take their place.
 */
@Service
public class ReceivingAgencies {

	/** One agency that accepts requests. */
	public record Agency(String code, String name) {
	}

	private final Departments departments;

	ReceivingAgencies(Departments departments) {
		this.departments = departments;
	}

	/**
	 * All agencies that accept requests, as the agency tree shows them: the government (whose general office
	 * answers for it), its departments, then each district with its own departments.
	 */
	@Transactional(readOnly = true)
	public List<Agency> all() {
		return departments.tree().all().stream().map(d -> new Agency(d.getCode(), d.getName())).toList();
	}

	/** The agency of that code, if it accepts requests. */
	@Transactional(readOnly = true)
	public Optional<Agency> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return departments.findById(code.strip()).map(d -> new Agency(d.getCode(), d.getName()));
	}
}
