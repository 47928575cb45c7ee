package org.openiro.http.pages;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.annotation.Filter;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.ViewsResolver;
import io.micronaut.views.turbo.TurboFrameRenderer;

/**
 * Micronaut Views' filter, which renders an answer that names a view ({@code @View}, a {@code ModelAndView}), on the
 * pages' paths only (those of {@link PageResponses}). Micronaut puts it on every path, and it is the one filter in the
 * old reactive style: on an API request it wrapped the rest of the chain in Reactor operators and propagated context
 * through them, to find on the way out that a JSON answer names no view (issue 23: part of the pipeline's cost of
 * every review written). No API endpoint answers with a view, so nothing an API client sees changes; the pages render
 * themselves ({@link Pages#render}) and are served exactly as before.
 */
@Replaces(ViewsFilter.class)
@Filter({"/", "/sign-out", "/authorities", "/authorities/**"})
class ViewsOnPages extends ViewsFilter {

    ViewsOnPages(ViewsResolver viewsResolver, ViewsRendererLocator viewsRendererLocator,
                 ViewsModelDecorator viewsModelDecorator, TurboFrameRenderer turboFrameRenderer) {
        super(viewsResolver, viewsRendererLocator, viewsModelDecorator, turboFrameRenderer);
    }
}
