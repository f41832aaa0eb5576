package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.search.RebuildAlreadyRunning;
import org.gongkai.search.SearchBusy;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.annual.AnnualReportAlreadyPublished;
import org.gongkai.workflow.annual.AnnualReportNotPublishable;
import org.gongkai.workflow.annual.AnnualReportUnderReview;
import org.gongkai.workflow.annual.UnknownAgency;
import org.gongkai.workflow.publication.AttachmentRejected;
import org.gongkai.workflow.publication.ChangeAlreadyUnderReview;
import org.gongkai.workflow.publication.InvalidItemContent;
import org.gongkai.workflow.publication.ItemNotInExpectedState;
import org.gongkai.workflow.publication.ItemStatus;
import org.gongkai.workflow.UnknownReference;
import org.gongkai.workflow.request.RemedyAlreadyDecided;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.request.RequestNotInExpectedState;
import org.gongkai.workflow.request.RequestStatus;
import org.gongkai.workflow.request.SupplementAlreadyRequested;
import org.gongkai.workflow.task.DecisionIncomplete;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskNotFound;
import org.gongkai.workflow.task.TaskNotYours;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The one table of the domain's problems: complete, and in the caller's language. */
class DomainProblemsTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	DomainProblemsTests() {
		messages.setBasenames("messages", InvalidValue.BUNDLE);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void theHandlerAnswersEveryTypeOfTheTable() throws NoSuchMethodException {
		var handled = DomainProblems.class.getDeclaredMethod("fact", Exception.class, jakarta.servlet.http.HttpServletResponse.class)
			.getAnnotation(ExceptionHandler.class)
			.value();
		assertThat(handled).containsExactlyInAnyOrderElementsOf(DomainProblems.types());
	}

	@Test
	void aRefusedValueNamesItsFieldInTheCallersLanguage() {
		var refused = new InvalidValue("extensionDays", "request.extension.range", 1, 20);
		var chinese = DomainProblems.problem(refused, messages, Locale.SIMPLIFIED_CHINESE);
		assertThat(chinese.getStatus()).isEqualTo(400);
		assertThat(chinese.getType().toString()).endsWith("/invalid-input");
		assertThat(chinese.getProperties()).containsEntry("field", "extensionDays")
			.containsEntry("errors", Map.of("extensionDays", "延长期限应为1至20个工作日（条例第三十三条）"));
		var english = DomainProblems.problem(refused, messages, Locale.ENGLISH);
		assertThat(english.getDetail()).isEqualTo("An extension adds 1 to 20 working days (art. 33)");
		var content = DomainProblems.problem(new InvalidItemContent("reviewOn", "item.reviewOn.required"), messages,
				Locale.ENGLISH);
		assertThat(content.getProperties()).containsEntry("field", "reviewOn");
	}

	@Test
	void everyFactHasItsStatusTypeAndTextInBothLanguages() {
		var facts = List.of(new UnknownReference("columnCode", "nosuch"),
				new DecisionIncomplete("t1", "replyType", null), new AttachmentRejected("attachment.type", "type"),
				new RequestNotFound(7L), new TaskNotFound("t1"), new UnknownAgency("nosuch"), new NotFound("Item 7"),
				new TaskNotYours("t1", "clerk2"), new AccessDeniedException("no"),
				new RequestNotInExpectedState(7L, RequestStatus.WITHDRAWN, "withdrawn"),
				new ItemNotInExpectedState(7L, ItemStatus.PUBLISHED, "edited"), new TaskAlreadyCompleted("t1"),
				new SupplementAlreadyRequested(7L), new ChangeAlreadyUnderReview(7L), new RemedyAlreadyDecided(7L),
				new AnnualReportAlreadyPublished(2025, "fgw"), new AnnualReportUnderReview(2025, "fgw"),
				new RebuildAlreadyRunning("catalogue-v2"), new AnnualReportNotPublishable(2025, "fgw", List.of()),
				new SearchUnavailable("down", null), new SearchBusy(8, java.time.Duration.ofSeconds(1)), new InvalidParameter("cases", "api.parameter.integer", "cases"));
		for (var fact : facts) {
			var name = fact.getClass().getSimpleName();
			var chinese = DomainProblems.problem(fact, messages, Locale.SIMPLIFIED_CHINESE);
			var english = DomainProblems.problem(fact, messages, Locale.ENGLISH);
			assertThat(chinese).as(name).isNotNull();
			assertThat(chinese.getType().toString()).as(name).startsWith(ApiProblemHandler.TYPE_BASE);
			assertThat(english.getStatus()).as(name).isEqualTo(chinese.getStatus());
			assertThat(chinese.getDetail()).as(name).doesNotStartWith("fact.").doesNotContain("{0}")
				.matches(detail -> detail.codePoints()
					.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "is Chinese");
			assertThat(english.getDetail()).as(name).isNotEqualTo(chinese.getDetail()).doesNotContain("{0}");
		}
		assertThat(DomainProblems.problem(new RequestNotInExpectedState(7L, RequestStatus.WITHDRAWN, "x"), messages,
				Locale.SIMPLIFIED_CHINESE).getProperties()).containsEntry("requestId", 7L);
		assertThat(DomainProblems.problem(new IllegalStateException("not ours"), messages, Locale.ENGLISH)).isNull();
	}
}
