package org.gongkai.portal.siteerror;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/site-errors}: a report of an error on this site, anonymous; answers its confirmation number. */
@RestController
class SiteErrorApiController {

	private final FileSiteErrorReport file;

	SiteErrorApiController(FileSiteErrorReport file) {
		this.file = file;
	}

	@PostMapping("/api/site-errors")
	ResponseEntity<Map<String, String>> file(@Validated @RequestBody SiteErrorForm form) {
		var report = file.file(form);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("number", report.getNumber()));
	}
}
