package org.gongkai.portal.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database cannot be reached (down, restarting, the network to it cut, the pool waiting in vain):
 * a transient fault, not a bug, so the API answers 503 with {@code Retry-After} and problem JSON rather
 * than 500. Exception handlers match an exception's causes too, so a connection failure wrapped by the
 * engine or JPA is found; this advice goes before {@link ApiProblemHandler}. (A commit cut off half way
 * leaves it unknown whether the database committed, hence the hint to look before filing again.)
 * An infrastructure concern, kept apart from the domain's table in {@link DomainProblems}: whether the
 * connection was lost is decided from the whole chain of causes, and the answer carries a header.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

	private final MessageSource messages;

	DatabaseUnavailableHandler(MessageSource messages) {
		this.messages = messages;
	}

	static final String RETRY_AFTER_SECONDS = "30";

	/**
	 * What Hikari says, without a SQLState, of any call on a connection it closed because the database
	 * cut it: the rollback of the transaction that failed then fails too.
	 */
	private static final String CLOSED_BY_POOL = "Connection is closed";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			SQLTransientConnectionException.class, SQLNonTransientConnectionException.class,
			SQLRecoverableException.class, JDBCConnectionException.class, TransactionSystemException.class,
			UncategorizedDataAccessException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) throws Exception {
		if (!connectionLost(e)) {
			// a commit or rollback that failed for another reason: not ours to answer
			throw e;
		}
		log.warn("Database unavailable, answered 503: {}", e.toString());
		var problem = ApiProblemHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
				messages.getMessage("api.problem.databaseUnavailable", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem);
	}

	/**
	 * Whether the exception or one of its causes says the connection failed: one of the connection
	 * exception types, SQLState class 08 (connection exception), or the pool's word for a connection it
	 * closed after the database dropped it, when the transaction is rolled back on it.
	 */
	static boolean connectionLost(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| cause instanceof JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (sql.getSQLState() != null ? sql.getSQLState().startsWith("08")
					: CLOSED_BY_POOL.equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}
}
