package org.gongkai.portal.request;

import org.gongkai.workflow.organisation.Departments;
import org.springframework.stereotype.Component;

/**
 * A history step's note as a reader sees it ({@code ${@stepNotes.of('request.event.', s.type(), s.note())}}): the
 * log keeps the department's code where a request was assigned, the pages show the department's name. The stored
 * rows and the API's {@code steps} keep the code.
 */
@Component("stepNotes")
public class StepNotes {

	private final Departments departments;

	StepNotes(Departments departments) {
		this.departments = departments;
	}

	/**
	 * The note to print after a step of the history whose message keys start with {@code prefix}: the name of the
	 * department a request was assigned to ({@code ASSIGNED}), the note itself otherwise or when the code is unknown.
	 */
	public String of(String prefix, String type, String note) {
		if (note == null || !"request.event.".equals(prefix) || !"ASSIGNED".equals(type)) {
			return note;
		}
		return departments.findById(note.strip()).map(d -> d.getName()).orElse(note);
	}
}
