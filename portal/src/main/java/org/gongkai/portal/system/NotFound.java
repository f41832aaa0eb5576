package org.gongkai.portal.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The addressed resource does not exist, or the caller may not know that it does. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what + " not found");
	}
}
