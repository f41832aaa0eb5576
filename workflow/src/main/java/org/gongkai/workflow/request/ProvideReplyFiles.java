package org.gongkai.workflow.request;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import org.gongkai.workflow.InvalidValue;
import org.gongkai.workflow.UnknownReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handler attaches the information a reply provides ({@link ReplyFile}): uploads, linked catalogue
 * items, redactions. Files change only before the reply is issued; any change voids the secrecy review's
 * approvals, and since the handler changes them while (re)proposing the reply, the reply passes every
 * review again. Each change is logged in the case events.
 */
@Service
public class ProvideReplyFiles {

	/** The largest file accepted, as for the applicant's attachments (10 MB; rows live in the database). */
	public static final long MAX_BYTES = NewAttachment.MAX_BYTES;

	/** How many files and items one reply may provide. */
	public static final int MAX_FILES = 20;

	private final RequestStepSupport support;

	private final ReplyFiles files;

	ProvideReplyFiles(RequestStepSupport support, ReplyFiles files) {
		this.support = support;
		this.files = files;
	}

	/**
	 * @param pdf the file as PDF (converted by the caller), at most {@value #MAX_BYTES} bytes
	 * @param pages its page count
	 * @throws InvalidValue if empty, too large or one too many
	 * @throws RequestNotInExpectedState once the reply is issued
	 */
	@Transactional
	public ReplyFile upload(Long requestId, String fileName, byte[] pdf, int pages, String actor) {
		openForChanges(requestId);
		if (pdf == null || pdf.length == 0) {
			throw new InvalidValue("file", "request.replyFiles.empty");
		}
		if (pdf.length > MAX_BYTES) {
			throw new InvalidValue("file", "request.replyFiles.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		countBelowLimit(requestId);
		var saved = files.save(ReplyFile.upload(requestId, cleanName(fileName), pdf, pages, actor, support.now()));
		changed(requestId, "REPLY_FILE_ADDED", actor, saved.getFileName() + "（" + pages + "页）");
		return saved;
	}

	/**
	 * Links a published catalogue item; the caller checked that it is public.
	 * @param title the item's title at link time, shown and printed in the letter
	 */
	@Transactional
	public ReplyFile link(Long requestId, Long itemId, String indexNo, String title, String actor) {
		openForChanges(requestId);
		if (files.findByRequestIdOrderByIdAsc(requestId).stream().anyMatch(f -> itemId.equals(f.getItemId()))) {
			throw new InvalidValue("itemId", "request.replyFiles.alreadyLinked");
		}
		countBelowLimit(requestId);
		var saved = files.save(ReplyFile.link(requestId, itemId, indexNo, title, actor, support.now()));
		changed(requestId, "REPLY_ITEM_LINKED", actor, title + (indexNo == null ? "" : "（" + indexNo + "）"));
		return saved;
	}

	@Transactional
	public void remove(Long requestId, Long fileId, String actor) {
		openForChanges(requestId);
		var file = find(requestId, fileId);
		files.delete(file);
		changed(requestId, "REPLY_FILE_REMOVED", actor, file.getFileName());
	}

	/** Keeps the redacted PDF and its marks beside the original. */
	@Transactional
	public void redact(Long requestId, Long fileId, byte[] redactedPdf, int pages, String marksJson, int marks,
			String actor) {
		openForChanges(requestId);
		var file = find(requestId, fileId);
		file.redact(redactedPdf, pages, marksJson, actor, support.now());
		changed(requestId, "REPLY_FILE_REDACTED", actor, file.getFileName() + "（" + marks + "处）");
	}

	/**
	 * The secrecy review (保密审查) approves the reply's files: every one of them must be among those it
	 * names, so a file nobody looked at is never issued.
	 * @throws InvalidValue on {@code approvedFiles} if a file of the reply is not among them
	 */
	@Transactional
	public void approveBySecrecy(Long requestId, Collection<Long> approvedIds, String actor) {
		var all = files.findByRequestIdOrderByIdAsc(requestId);
		var approved = new HashSet<>(approvedIds);
		var missing = all.stream().filter(f -> !approved.contains(f.getId())).map(ReplyFile::getFileName).toList();
		if (!missing.isEmpty()) {
			throw new InvalidValue("approvedFiles", "request.replyFiles.approveAll", String.join("、", missing));
		}
		if (all.isEmpty()) {
			return;
		}
		var now = support.now();
		all.forEach(f -> f.approveBySecrecy(actor, now));
		support.log(requestId, "REPLY_FILES_APPROVED", actor,
				String.join("、", all.stream().map(ReplyFile::getFileName).toList()));
	}

	/**
	 * What a reply of the type must provide. DISCLOSE: at least one file or linked item, or a reply note
	 * saying how the information is provided otherwise (on paper, 现场查阅). PARTIAL: at least one redacted
	 * file, or a reply note explaining how the disclosable part is provided.
	 * @throws InvalidValue on {@code replyFiles}
	 */
	void requireProvided(Long requestId, ReplyType type, String note) {
		boolean noted = note != null && !note.isBlank();
		if (noted) {
			return;
		}
		List<ReplyFile> provided = files.findByRequestIdOrderByIdAsc(requestId);
		if (type == ReplyType.DISCLOSE && provided.isEmpty()) {
			throw new InvalidValue("replyFiles", "request.replyFiles.disclose");
		}
		if (type == ReplyType.PARTIAL && provided.stream().noneMatch(ReplyFile::isRedacted)) {
			throw new InvalidValue("replyFiles", "request.replyFiles.partial");
		}
	}

	private void openForChanges(Long requestId) {
		var request = support.load(requestId);
		if (!request.getStatus().isOpen() || request.isCorrection()) {
			throw new RequestNotInExpectedState(requestId, request.getStatus(), "given reply files");
		}
	}

	private void countBelowLimit(Long requestId) {
		if (files.countByRequestId(requestId) >= MAX_FILES) {
			throw new InvalidValue("file", "request.replyFiles.tooMany", MAX_FILES);
		}
	}

	private ReplyFile find(Long requestId, Long fileId) {
		return files.findById(fileId)
			.filter(f -> f.getRequestId().equals(requestId))
			.orElseThrow(() -> new UnknownReference("fileId", String.valueOf(fileId)));
	}

	/** A change voids every approval of the reply's files. */
	private void changed(Long requestId, String event, String actor, String note) {
		files.findByRequestIdOrderByIdAsc(requestId).forEach(ReplyFile::voidApproval);
		support.log(requestId, event, actor, note);
	}

	/** The name without any path or control characters, at most 200 characters, ending in .pdf. */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = "信息";
		}
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		return base + ".pdf";
	}
}
