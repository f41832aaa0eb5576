package org.gongkai.portal.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.workflow.letter.LetterDetails;
import org.gongkai.workflow.letter.LetterMailbox;
import org.gongkai.workflow.letter.LetterRating;
import org.gongkai.workflow.letter.LetterSteps;
import org.gongkai.workflow.letter.PublicLetter;
import org.gongkai.workflow.letter.PublicLetterProcess;
import org.gongkai.workflow.letter.PublicLetters;
import org.gongkai.workflow.letter.WriteLetter;
import org.gongkai.workflow.task.Staff;
import org.gongkai.workflow.task.TaskInbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo letters (政民互动), driven through the real engine: one waiting for the office's registration,
 * one forwarded to 市发展和改革委员会 awaiting its reply, one replied, published and rated 满意, and one rated
 * 不满意 with its 整改 and 回访 open.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
class DemoLetters implements DemoCases {

	static final Staff OFFICE = new Staff("editor1", Set.of("office-editor"), "bgs");

	static final Staff CLERK = new Staff("clerk1", Set.of("clerk"), "fgw");

	static final Staff HEAD = new Staff("head1", Set.of("dept-head"), "fgw");

	private final PublicLetters letters;

	private final WriteLetter write;

	private final LetterSteps steps;

	private final TaskInbox inbox;

	DemoLetters(PublicLetters letters, WriteLetter write, LetterSteps steps, TaskInbox inbox) {
		this.letters = letters;
		this.write = write;
		this.steps = steps;
		this.inbox = inbox;
	}

	@Override
	public long load() {
		if (letters.count() > 0) {
			return 0;
		}
		letter("applicant2", "李四", LetterMailbox.LEADER, "建议延长市图书馆周末开放时间",
				"市图书馆周末下午五点闭馆，上班族只能周末去，建议延长到晚上八点。", true);

		var forwarded = letter("applicant1", "张三", LetterMailbox.AGENCY, "小区附近道路施工噪音扰民",
				"我住在光明路，附近道路施工每天夜里十一点后仍在作业，请予以查处。联系电话13800000001。", false);
		forward(forwarded);

		var published = letter("applicant1", "张三", LetterMailbox.AGENCY, "老旧小区加装电梯补贴政策咨询",
				"请问本市老旧小区加装电梯有哪些补贴政策，如何申请？我家住在幸福里3号楼。", true);
		reply(published, "本市对老旧小区加装电梯给予每台最高20万元的财政补贴，由业主向所在街道提出申请，具体办法见市发展改革委网站公布的实施细则。");
		complete(published, PublicLetterProcess.TASK_PUBLICATION_REVIEW, OFFICE,
				Map.of(PublicLetterProcess.PUBLIC_WRITER_NAME, PublicLetter.mask("张三"), PublicLetterProcess.PUBLIC_SUBJECT,
						"老旧小区加装电梯补贴政策咨询", PublicLetterProcess.PUBLIC_TEXT,
						"请问本市老旧小区加装电梯有哪些补贴政策，如何申请？", PublicLetterProcess.PUBLIC_REPLY,
						"本市对老旧小区加装电梯给予每台最高20万元的财政补贴，由业主向所在街道提出申请，具体办法见市发展改革委网站公布的实施细则。"));
		steps.rate(published.getId(), "applicant1", LetterRating.SATISFIED, "答复清楚，谢谢。");

		var rectifying = letter("applicant2", "李四", LetterMailbox.AGENCY, "公交站台缺少遮雨棚",
				"人民路口公交站台没有遮雨棚，雨天候车很不方便。", false);
		reply(rectifying, "已将您的建议转交公交公司研究。");
		steps.rate(rectifying.getId(), "applicant2", LetterRating.DISSATISFIED, "只说转交，没有说什么时候解决。");
		return letters.count();
	}

	private PublicLetter letter(String user, String name, LetterMailbox mailbox, String subject, String text,
			boolean publishable) {
		return write.write(new LetterDetails(mailbox, "bgs", subject, text, publishable, name, null, null), user,
				List.of());
	}

	private void forward(PublicLetter letter) {
		complete(letter, PublicLetterProcess.TASK_REGISTER, OFFICE,
				Map.of(PublicLetterProcess.DECISION, "FORWARD", PublicLetterProcess.DEPARTMENT_CODE, "fgw"));
	}

	private void reply(PublicLetter letter, String text) {
		forward(letter);
		complete(letter, PublicLetterProcess.TASK_REPLY, CLERK,
				Map.of(PublicLetterProcess.DECISION, "REPLY", PublicLetterProcess.REPLY_TEXT, text));
		complete(letter, PublicLetterProcess.TASK_REPLY_REVIEW, HEAD, Map.of("approved", true));
	}

	private void complete(PublicLetter letter, String taskKey, Staff staff, Map<String, Object> variables) {
		var task = inbox.openTasksOf(PublicLetterProcess.KEY, String.valueOf(letter.getId()))
			.stream()
			.filter(t -> t.taskKey().equals(taskKey))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("demo letter " + letter.getId() + " has no task " + taskKey));
		inbox.complete(task.id(), staff, variables);
	}
}
