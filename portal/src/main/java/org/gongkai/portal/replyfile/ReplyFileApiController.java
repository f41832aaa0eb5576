package org.gongkai.portal.replyfile;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.gongkai.portal.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The information a reply provides, over the API: the handler changes it, the applicant downloads it once issued. */
@RestController
@RequestMapping("/api/requests/{id}/reply-files")
@Tag(name = "disclosure requests", description = "政府信息公开申请（依申请公开）")
class ReplyFileApiController {

	private final ReplyFileUploads uploads;

	private final ReplyFileViews views;

	ReplyFileApiController(ReplyFileUploads uploads, ReplyFileViews views) {
		this.uploads = uploads;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "答复随附的信息（文件、目录条目）", description = "The applicant: once the reply is issued (404 before); "
			+ "the case's staff: always, with who approved each file in the secrecy review.")
	List<ReplyFileView> list(@PathVariable Long id, Authentication authentication) {
		return views.list(id, CurrentUser.of(authentication));
	}

	@GetMapping("/{fileId}")
	@Operation(summary = "下载答复随附的文件", description = "The file as the applicant receives it (redacted, if so): the "
			+ "applicant once the reply is issued, and the case's staff. A linked catalogue item answers 303 to its public page.")
	ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId, Authentication authentication) {
		var user = CurrentUser.of(authentication);
		var linked = views.list(id, user).stream().filter(f -> f.id().equals(fileId) && !f.isUpload()).findFirst();
		if (linked.isPresent()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(linked.get().url())).build();
		}
		return ReplyFileController.download(views.served(id, fileId, user));
	}

	@GetMapping("/{fileId}/original")
	@Operation(summary = "下载原件（区分处理前）", description = "The case's staff only; never the applicant.")
	ResponseEntity<byte[]> original(@PathVariable Long id, @PathVariable Long fileId, Authentication authentication) {
		return ReplyFileController.download(views.original(id, fileId, CurrentUser.of(authentication)));
	}

	@PostMapping(consumes = "multipart/form-data")
	@Operation(summary = "上传随答复提供的文件（PDF、DOCX、PNG、JPEG，转为 PDF）", description = "The handler holding the "
			+ "request's open 承办并拟定答复 task; 400 `invalid-input` on `file` otherwise or for an empty, too large or other file.")
	ResponseEntity<ReplyFileView> upload(@PathVariable Long id, @RequestPart("file") MultipartFile file,
			Authentication authentication) throws IOException {
		var saved = uploads.upload(id, file.getOriginalFilename(), file.getBytes(), CurrentUser.of(authentication));
		return ResponseEntity.created(URI.create("/api/requests/" + id + "/reply-files/" + saved.getId()))
			.body(ReplyFileView.forStaff(saved));
	}

	@PostMapping("/catalogue-items")
	@Operation(summary = "添加公开目录条目（链接，不复制）", description = "Body `{\"itemId\": 12}`: a proactively published item.")
	ResponseEntity<ReplyFileView> link(@PathVariable Long id, @RequestBody LinkItem body, Authentication authentication) {
		var saved = uploads.link(id, body.itemId(), CurrentUser.of(authentication));
		return ResponseEntity.created(URI.create("/api/requests/" + id + "/reply-files/" + saved.getId()))
			.body(ReplyFileView.forStaff(saved));
	}

	@DeleteMapping("/{fileId}")
	@Operation(summary = "移除随答复提供的文件或条目")
	ResponseEntity<Void> remove(@PathVariable Long id, @PathVariable Long fileId, Authentication authentication) {
		uploads.remove(id, fileId, CurrentUser.of(authentication));
		return ResponseEntity.noContent().build();
	}

	/** @param itemId the catalogue item to provide */
	record LinkItem(Long itemId) {
	}
}
