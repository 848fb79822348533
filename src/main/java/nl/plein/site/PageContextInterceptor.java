package nl.plein.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.plein.identity.PleinPrincipal;
import nl.plein.tenancy.CurrentOrganisation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Adds the {@link PageContext} as {@code page} to every rendered view. */
@Component
class PageContextInterceptor implements HandlerInterceptor {

    private final MessageSource messages;

    PageContextInterceptor(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView != null
                && modelAndView.hasView()
                && !modelAndView.getModel().containsKey("page")) {
            modelAndView.addObject("page", create(request));
        }
    }

    PageContext create(HttpServletRequest request) {
        return new PageContext(
                request,
                CurrentOrganisation.of(request),
                PleinPrincipal.current(),
                RequestContextUtils.getLocale(request),
                messages);
    }
}
