package org.gongkai.portal.system;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Applies {@link InputText#normalise} at the two doors text comes in by, not field by field: every
 * string Jackson reads from a JSON body (a module replacing its {@code String} deserializer, also used
 * for string arrays, collections and untyped values), and every string the data binder converts for
 * page forms (multipart fields included), {@code @RequestParam} and {@code @PathVariable} (an editor
 * for {@code String} registered for all controllers). Uploaded files' bytes are not text and pass
 * untouched. A lone surrogate is a field error on pages ({@code typeMismatch.java.lang.String}) and
 * problem JSON naming the field in the API.
 */
@Configuration(proxyBeanMethods = false)
class InputTextConfiguration {

	@Bean
	Module inputTextModule() {
		return new SimpleModule("gongkai-input-text").addDeserializer(String.class, new NormalisingStringDeserializer());
	}

	/** Jackson's own string deserializer, then {@link InputText#normalise}. */
	static class NormalisingStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
			String value = super.deserialize(p, ctxt);
			try {
				return InputText.normalise(value);
			}
			catch (InputText.UnpairedSurrogate ex) {
				throw new UnpairedSurrogateInJson(p, ex);
			}
		}
	}

	/** Jackson's form of {@link InputText.UnpairedSurrogate}, which carries the path to the field. */
	static class UnpairedSurrogateInJson extends InvalidFormatException {

		UnpairedSurrogateInJson(JsonParser p, InputText.UnpairedSurrogate cause) {
			super(p, cause.getMessage(), null, String.class);
			initCause(cause);
		}

		/** {@code application.title}, {@code items[2]}: where the text was. */
		String field() {
			var field = new StringBuilder();
			for (JsonMappingException.Reference reference : getPath()) {
				if (reference.getFieldName() != null) {
					field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
				}
				else if (reference.getIndex() >= 0) {
					field.append('[').append(reference.getIndex()).append(']');
				}
			}
			return field.toString();
		}
	}

	/** The editor for every {@code String} the data binder converts, in every controller. */
	@ControllerAdvice
	static class Binding {

		@InitBinder
		void normaliseText(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

				@Override
				public void setAsText(String text) {
					setValue(InputText.normalise(text));
				}
			});
		}
	}

	/**
	 * A lone surrogate in {@code /api/**} as problem JSON naming the field, before
	 * {@link ApiProblemHandler}, to which every other unreadable body and mismatched parameter goes.
	 */
	@RestControllerAdvice(annotations = RestController.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class ApiProblems {

		private final ApiProblemHandler problems;

		private final MessageSource messages;

		ApiProblems(ApiProblemHandler problems, MessageSource messages) {
			this.problems = problems;
			this.messages = messages;
		}

		@ExceptionHandler({ HttpMessageNotReadableException.class, TypeMismatchException.class })
		ResponseEntity<Object> unreadable(Exception ex, WebRequest request) throws Exception {
			String field = null;
			for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
				if (t instanceof UnpairedSurrogateInJson json) {
					field = json.field();
					break;
				}
				if (t instanceof InputText.UnpairedSurrogate && ex instanceof TypeMismatchException mismatch) {
					field = mismatch.getPropertyName();
					break;
				}
			}
			if (field == null) {
				return problems.handleException(ex, request);
			}
			String message = messages.getMessage(InputText.UnpairedSurrogate.MESSAGE_KEY, null,
					LocaleContextHolder.getLocale());
			var problem = ApiProblemHandler.problem(HttpStatus.BAD_REQUEST, "invalid-input", message);
			problem.setProperty("field", field);
			problem.setProperty("errors", Map.of(field, message));
			return ResponseEntity.badRequest().body(problem);
		}
	}
}
