package org.gongkai.portal.system;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;

/**
 * A page form bound to a record is created by its constructor; when a value does not convert (an
 * unknown choice, a missing checkbox) Spring leaves the form {@code null} and the page could not be
 * shown. This rebuilds it from the request with those values left empty, keeping the errors, so the
 * page shows the form again with its field errors.
 */
public final class PageForms {

	private static final Map<Class<?>, Object> PRIMITIVE_DEFAULTS = Map.of(boolean.class, false, int.class, 0,
			long.class, 0L, double.class, 0d, float.class, 0f, short.class, (short) 0, byte.class, (byte) 0,
			char.class, '\0');

	private PageForms() {
	}

	/** Whether the form could not be created from what was sent. */
	public static boolean failed(BindingResult result) {
		return result.getTarget() == null;
	}

	/**
	 * Puts a form rebuilt from the request into the model under {@code name}, with the binding errors.
	 */
	public static <T> T rebuild(Class<T> type, String name, HttpServletRequest request, BindingResult failed,
			Model model) {
		Set<String> refused = failed.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.collect(Collectors.toSet());
		var binder = new DataBinder(null, name);
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(new DefaultFormattingConversionService());
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public Object resolveValue(String field, Class<?> paramType) {
				var values = refused.contains(field) ? null : request.getParameterValues(field);
				if (values == null) {
					return PRIMITIVE_DEFAULTS.get(paramType);
				}
				return values.length == 1 ? values[0] : values;
			}

			@Override
			public Set<String> getNames() {
				return request.getParameterMap().keySet();
			}
		});
		var result = binder.getBindingResult();
		result.addAllErrors(failed);
		model.addAttribute(name, result.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return type.cast(result.getTarget());
	}
}
