package org.gongkai.portal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An online backup of the embedded H2 database for {@code deploy/gongkai backup}: the running portal holds
 * the database file open, so the backup is made inside it with H2's {@code BACKUP TO}, which copies a
 * consistent state while requests go on, and is streamed to the caller. On MySQL or MariaDB the CLI uses
 * {@code mariadb-dump --single-transaction} instead, and this answers 409.
 */
@RestController
@RequestMapping("/api/admin/backup")
@Tag(name = "administration", description = "目录索引维护（管理员）")
class DatabaseBackupApiController {

	private final DataSource dataSource;

	DatabaseBackupApiController(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@GetMapping(value = "/h2", produces = "application/zip")
	@Operation(summary = "内置数据库在线备份", description = "A zip of the embedded H2 database in a consistent state, made while the "
			+ "portal keeps serving (H2 `BACKUP TO`). 409 when the portal runs on MySQL or MariaDB: back those up with "
			+ "`mariadb-dump --single-transaction` (`deploy/gongkai backup` does).")
	void h2(HttpServletResponse response) throws IOException, SQLException {
		Path file = Files.createTempFile("gongkai-h2-backup-", ".zip");
		try {
			Files.delete(file);
			try (var connection = dataSource.getConnection()) {
				if (!connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
					throw new ResponseStatusException(HttpStatus.CONFLICT, "not an embedded H2 database");
				}
				try (var statement = connection.createStatement()) {
					// the path is ours (a temporary file), never the caller's: quoted as an SQL string literal
					statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
				}
			}
			response.setContentType(MediaType.parseMediaType("application/zip").toString());
			response.setHeader("Content-Disposition", "attachment; filename=\"gongkai-h2.zip\"");
			response.setContentLengthLong(Files.size(file));
			try (InputStream in = Files.newInputStream(file)) {
				in.transferTo(response.getOutputStream());
			}
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
