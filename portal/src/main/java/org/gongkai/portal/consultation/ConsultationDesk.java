package org.gongkai.portal.consultation;

import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.workbench.CaseDesk;
import org.gongkai.workflow.consultation.ConsultationSteps;
import org.gongkai.workflow.consultation.PublicConsultationProcess;
import org.gongkai.workflow.task.TaskView;
import org.springframework.stereotype.Component;

/** The consultation's tasks (reviews, moderation, feedback) are done on its staff case page. */
@Component
class ConsultationDesk implements CaseDesk {

	private final ConsultationSteps steps;

	ConsultationDesk(ConsultationSteps steps) {
		this.steps = steps;
	}

	@Override
	public boolean handles(String processKey) {
		return PublicConsultationProcess.KEY.equals(processKey);
	}

	@Override
	public String casePage(TaskView task, CurrentUser user) {
		if (task.caseId() == null || !task.caseId().matches("\\d{1,18}")) {
			return null;
		}
		var id = Long.valueOf(task.caseId());
		try {
			var consultation = steps.get(id);
			return consultation.isPublic() || ConsultationQueries.staffSees(consultation, user)
					? "/workbench/consultations/" + id : null;
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
