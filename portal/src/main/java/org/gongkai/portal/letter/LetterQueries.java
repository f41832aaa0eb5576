package org.gongkai.portal.letter;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.security.Roles;
import org.gongkai.portal.system.NotFound;
import org.gongkai.workflow.letter.PublicLetter;
import org.gongkai.workflow.letter.PublicLetters;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads letters for the pages and the API, each caller seeing only what they may. */
@Component
class LetterQueries {

	/** The most a page of the public list holds. */
	static final int MAX_PAGE_SIZE = 100;

	private final PublicLetters letters;

	private final Departments departments;

	LetterQueries(PublicLetters letters, Departments departments) {
		this.letters = letters;
		this.departments = departments;
	}

	/** The published letters whose public texts contain {@code q}, of one agency or all, newest first. */
	@Transactional(readOnly = true)
	Page<LetterViews.Published> published(String q, String agency, int page, int size) {
		var names = names();
		var query = q == null || q.isBlank() ? null : shorten(q.strip());
		var code = agency == null || agency.isBlank() ? null : agency.strip();
		return letters
			.findPublished(query, code, PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE)))
			.map(letter -> LetterViews.Published.of(letter, names.get(letter.getAddresseeCode())));
	}

	/** A published letter; 404 for one that is not published (or does not exist). */
	@Transactional(readOnly = true)
	LetterViews.Published publishedOne(Long id) {
		var letter = letters.findById(id).filter(PublicLetter::isPublished).orElseThrow(() -> new NotFound("Letter " + id));
		return LetterViews.Published.of(letter, name(letter.getAddresseeCode()));
	}

	@Transactional(readOnly = true)
	List<LetterViews.Mine> mine(CurrentUser user) {
		var names = names();
		return letters.findTop200ByWriterUserIdOrderByIdDesc(user.userName())
			.stream()
			.map(letter -> LetterViews.Mine.of(letter, names.get(letter.getAddresseeCode())))
			.toList();
	}

	/** The writer's own letter; 404 for anyone else's. */
	@Transactional(readOnly = true)
	LetterViews.Mine mine(Long id, CurrentUser user) {
		var letter = letters.findById(id)
			.filter(l -> l.getWriterUserId().equals(user.userName()))
			.orElseThrow(() -> new NotFound("Letter " + id));
		return LetterViews.Mine.of(letter, name(letter.getAddresseeCode()));
	}

	/**
	 * A letter for a member of staff: the office (editors, head), leaders and admins see every letter; a
	 * department's clerks and head the letters forwarded to their department. 404 for others.
	 */
	@Transactional(readOnly = true)
	PublicLetter forStaff(Long id, CurrentUser user) {
		var letter = letters.findById(id).orElseThrow(() -> new NotFound("Letter " + id));
		if (!mayHandle(letter, user)) {
			throw new NotFound("Letter " + id);
		}
		return letter;
	}

	static boolean mayHandle(PublicLetter letter, CurrentUser user) {
		if (user.hasRole(Roles.OFFICE_EDITOR) || user.hasRole(Roles.OFFICE_HEAD) || user.hasRole(Roles.LEADER)
				|| user.hasRole(Roles.ADMIN)) {
			return true;
		}
		return (user.hasRole(Roles.CLERK) || user.hasRole(Roles.DEPT_HEAD)) && user.department() != null
				&& user.department().equals(letter.getDepartmentCode());
	}

	/** The agencies a letter may be addressed to, by name. */
	List<Department> agencies() {
		return departments.findAll().stream().sorted(Comparator.comparing(Department::getCode)).toList();
	}

	String name(String code) {
		return code == null ? null : departments.findById(code).map(Department::getName).orElse(code);
	}

	private Map<String, String> names() {
		return departments.findAll().stream().collect(Collectors.toMap(Department::getCode, Department::getName,
				(a, b) -> a));
	}

	/** At most 100 characters of a search are looked for. */
	private static String shorten(String q) {
		return q.length() > 100 ? q.substring(0, 100) : q;
	}
}
