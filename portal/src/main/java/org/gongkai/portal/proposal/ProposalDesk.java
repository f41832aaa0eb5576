package org.gongkai.portal.proposal;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.NotFound;
import org.gongkai.portal.workbench.CaseDesk;
import org.gongkai.workflow.proposal.DeputyProposalProcess;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Component;

/** Sends the workbench's 建议提案 tasks to the case page, which carries their forms. */
@Component
class ProposalDesk implements CaseDesk {

	private final ProposalQueries queries;

	ProposalDesk(ProposalQueries queries) {
		this.queries = queries;
	}

	@Override
	public boolean handles(String processKey) {
		return DeputyProposalProcess.KEY.equals(processKey);
	}

	@Override
	public String casePage(TaskView task, CurrentUser user) {
		try {
			var id = Long.valueOf(task.caseId());
			queries.visible(id, user);
			return "/workbench/proposals/" + id;
		}
		catch (NotFound | NumberFormatException e) {
			return null;
		}
	}
}
