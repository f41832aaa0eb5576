package org.gongkai.portal.letter;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.workbench.CaseDesk;
import org.gongkai.workflow.letter.PublicLetterProcess;
import org.gongkai.workflow.letter.PublicLetters;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Component;

/** Sends the workbench's letter tasks to the letter's staff page, where their forms are. */
@Component
class LetterCaseDesk implements CaseDesk {

	private final PublicLetters letters;

	LetterCaseDesk(PublicLetters letters) {
		this.letters = letters;
	}

	@Override
	public boolean handles(String processKey) {
		return PublicLetterProcess.KEY.equals(processKey);
	}

	@Override
	public String casePage(TaskView task, CurrentUser user) {
		if (task.caseId() == null || !task.caseId().chars().allMatch(Character::isDigit)) {
			return null;
		}
		return letters.findById(Long.valueOf(task.caseId()))
			.filter(letter -> LetterQueries.mayHandle(letter, user))
			.map(letter -> "/workbench/letters/" + letter.getId())
			.orElse(null);
	}
}
