package org.w3id.cadregraph.web;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf templates of the pages, from {@code org/w3id/cadregraph/web/templates/}. Templates
 * print values with {@code th:text} and {@code th:href}/{@code th:attr}, which escape them for the
 * place they go: report texts never reach the page as markup.
 */
final class Templates {
    private static final String FOLDER = "org/w3id/cadregraph/web/templates/";

    private final TemplateEngine engine = new TemplateEngine();
    private final Site site;

    Templates(Site site) {
        this.site = site;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix(FOLDER);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    void render(Page page, Writer out) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("page", page);
        context.setVariable("view", page.view());
        context.setVariable("site", site);
        engine.process(page.template(), context, out);
    }
}
