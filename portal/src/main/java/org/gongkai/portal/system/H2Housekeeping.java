package org.gongkai.portal.system;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 file database now and then. With {@code WRITE_DELAY=0} (each commit written
 * before it returns, see application.yml) H2 runs no background writer, and that writer is also what
 * rewrites half-empty chunks of the file: without it the file grows by a few kilobytes per commit for
 * good. This does the writer's compaction on a schedule; on MySQL/MariaDB it does nothing.
 */
@Component
class H2Housekeeping {

	/** Chunks less full than this are rewritten, as H2's own background writer does (AUTO_COMPACT_FILL_RATE). */
	private static final int TARGET_FILL_RATE = 90;

	/** At most this much rewritten per run, so one run holds the store's lock only briefly. */
	private static final int WRITE_LIMIT = 16 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

	private final DataSource dataSource;

	private volatile boolean embedded = true;

	H2Housekeeping(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Scheduled(fixedDelayString = "${gongkai.h2.compact-interval:30s}",
			initialDelayString = "${gongkai.h2.compact-interval:30s}")
	void compact() {
		if (!embedded) {
			return;
		}
		try (var connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)
					|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
					|| !session.getDatabase().isPersistent()) {
				embedded = false;
				return;
			}
			var database = session.getDatabase();
			if (!database.isClosing()) {
				var store = database.getStore().getMvStore();
				// compaction moves live pages into new ones; the next commit writes them and frees the old chunks
				if (store.compact(TARGET_FILL_RATE, WRITE_LIMIT)) {
					store.tryCommit();
				}
			}
		}
		catch (SQLException | RuntimeException e) {
			log.warn("Could not compact the H2 database: {}", e.toString());
		}
	}
}
