package org.gongkai.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before a page is rendered again with the errors of a record form that could not be created (a value
 * that does not convert), puts a form rebuilt from the request into the model ({@link PageForms}), so the
 * page shows the field errors instead of failing on a {@code null} form. Applies to every page controller.
 */
@Configuration(proxyBeanMethods = false)
class PageFormRebinding implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(handler instanceof HandlerMethod method) || view.getViewName() == null
				|| view.getViewName().startsWith("redirect:")) {
			return;
		}
		for (var parameter : method.getMethodParameters()) {
			var type = parameter.getParameterType();
			if (!type.isRecord() || BeanUtils.isSimpleProperty(type)) {
				continue;
			}
			var name = name(parameter);
			if (view.getModel().get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult result
					&& PageForms.failed(result)) {
				var model = new ExtendedModelMap();
				PageForms.rebuild(type, name, request, result, model);
				view.addAllObjects(model);
			}
		}
	}

	private static String name(MethodParameter parameter) {
		var annotation = parameter.getParameterAnnotation(ModelAttribute.class);
		if (annotation != null && !annotation.name().isEmpty()) {
			return annotation.name();
		}
		return Conventions.getVariableNameForParameter(parameter);
	}
}
