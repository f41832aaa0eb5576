package org.gongkai.portal.replyfile;

import java.util.List;

import org.gongkai.portal.request.RequestQueries;
import org.gongkai.portal.security.CurrentUser;
import org.gongkai.portal.system.NotFound;
import org.gongkai.search.CatalogueSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchUnavailable;
import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.request.DisclosureRequest;
import org.gongkai.workflow.request.DisclosureRequestProcess;
import org.gongkai.workflow.request.DisclosureRequests;
import org.gongkai.workflow.request.ReplyFile;
import org.gongkai.workflow.request.ReplyFiles;
import org.gongkai.workflow.request.RequestNotFound;
import org.gongkai.workflow.task.TaskAlreadyCompleted;
import org.gongkai.workflow.task.TaskInbox;
import org.gongkai.workflow.task.TaskNotFound;
import org.gongkai.workflow.task.TaskNotYours;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees which reply files: the case's staff all of them (and the originals of redacted ones), the applicant
 * those of an issued reply only; the handler holding the open 承办 task may change them. Also the bean the
 * templates ask ({@code @replyFileViews}), so the case, task and tracking pages include one fragment each.
 */
@Component("replyFileViews")
public class ReplyFileViews {

	static final String TASK_HANDLE_REQUEST = "Task_HandleRequest";

	private final ReplyFiles files;

	private final RequestQueries queries;

	private final TaskInbox inbox;

	private final CatalogueSearch search;

	private final DisclosureRequests requests;

	private final MessageSource messages;

	ReplyFileViews(ReplyFiles files, RequestQueries queries, TaskInbox inbox, CatalogueSearch search,
			DisclosureRequests requests, MessageSource messages) {
		this.messages = messages;
		this.requests = requests;
		this.files = files;
		this.queries = queries;
		this.inbox = inbox;
		this.search = search;
	}

	/** Every file of the request, for its staff (the template's caller already sees the case). */
	@Transactional(readOnly = true)
	public List<ReplyFileView> ofCase(Long requestId) {
		return files.findByRequestIdOrderByIdAsc(requestId).stream().map(ReplyFileView::forStaff).toList();
	}

	/** The files of an issued reply; none before. */
	@Transactional(readOnly = true)
	public List<ReplyFileView> issued(Long requestId) {
		var replied = requests.findById(requestId).map(DisclosureRequest::isReplied).orElse(false);
		return replied
				? files.findByRequestIdOrderByIdAsc(requestId).stream().map(ReplyFileView::forApplicant).toList()
				: List.of();
	}

	/**
	 * The list for the API caller: the case's staff always, the applicant once the reply is issued.
	 * @throws RequestNotFound for anyone else, and for the applicant before the reply
	 */
	@Transactional(readOnly = true)
	public List<ReplyFileView> list(Long requestId, CurrentUser user) {
		var request = queries.visible(requestId, user);
		if (queries.handles(request, user)) {
			return ofCase(requestId);
		}
		if (!request.isReplied()) {
			throw new RequestNotFound(requestId);
		}
		return issued(requestId);
	}

	/**
	 * The file the applicant receives (the redacted PDF if redacted), for the applicant once issued and for the case's staff.
	 * @throws RequestNotFound, NotFound otherwise, and for a linked item (it has its public page)
	 */
	@Transactional(readOnly = true)
	public Download served(Long requestId, Long fileId, CurrentUser user) {
		var request = queries.visible(requestId, user);
		if (!queries.handles(request, user) && !request.isReplied()) {
			throw new RequestNotFound(requestId);
		}
		var file = file(requestId, fileId);
		return new Download(file.getFileName(), file.getContentType(), file.getServedContent());
	}

	/** The original of a file: the case's staff only, never the applicant. */
	@Transactional(readOnly = true)
	public Download original(Long requestId, Long fileId, CurrentUser user) {
		var request = queries.visible(requestId, user);
		if (!queries.handles(request, user)) {
			throw new RequestNotFound(requestId);
		}
		var file = file(requestId, fileId);
		var name = file.isRedacted() ? messages.getMessage("replyFiles.original.fileName", new Object[] { file.getFileName() },
				LocaleContextHolder.getLocale()) : file.getFileName();
		return new Download(name, file.getContentType(), file.getContent());
	}

	private ReplyFile file(Long requestId, Long fileId) {
		return files.findById(fileId)
			.filter(f -> f.getRequestId().equals(requestId) && f.isUpload())
			.orElseThrow(() -> new NotFound("Reply file " + fileId + " of request " + requestId));
	}

	/**
	 * The request, if the caller holds its open 承办并拟定答复 task, which is when the files may change.
	 * @throws RequestNotFound if the caller does not handle the request
	 * @throws InvalidValue on {@code file} if the caller is not proposing the reply now
	 */
	@Transactional(readOnly = true)
	public DisclosureRequest requireHandler(Long requestId, CurrentUser user) {
		var request = queries.visible(requestId, user);
		if (!queries.handles(request, user)) {
			throw new RequestNotFound(requestId);
		}
		if (!mayChange(requestId, user)) {
			throw new InvalidValue("file", "request.replyFiles.notHandler");
		}
		return request;
	}

	/** Whether the caller holds (or may claim) the request's open 承办 task. */
	public boolean mayChange(Long requestId, CurrentUser user) {
		return inbox.openTasksOf(DisclosureRequestProcess.KEY, String.valueOf(requestId))
			.stream()
			.filter(task -> TASK_HANDLE_REQUEST.equals(task.taskKey()))
			.anyMatch(task -> {
				try {
					inbox.get(task.id(), user.staff());
					return true;
				}
				catch (TaskNotYours | TaskNotFound | TaskAlreadyCompleted e) {
					return false;
				}
			});
	}

	/** Published catalogue items matching the handler's search, for picking; none while the index is down. */
	public List<SearchResult.Hit> search(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		try {
			return search.search(new SearchQuery(text, null, SearchQuery.RELEVANCE, 10, null)).hits();
		}
		catch (SearchUnavailable e) {
			return List.of();
		}
	}

	/** A file's name, type and bytes. */
	public record Download(String fileName, String contentType, byte[] content) {
	}
}
