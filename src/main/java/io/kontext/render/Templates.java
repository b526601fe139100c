package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import io.kontext.load.Messages;
import io.kontext.load.TemplateFiles;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The project's Thymeleaf templates, from the texts the load stage read (no file is read here),
 * set up once per build, or kept in the render cache while the templates stay the same; each
 * render gets a fresh {@link Context}, whose variables are the components of one view record
 * ({@link Views}). UI strings ({@code #{key}}) come from {@link Messages} in the language of the
 * page. While a page is written, {@link PageFacts} collects what the link check needs of it. A
 * template error is reported at the template's line and column.
 */
final class Templates {

    /** The context variables the message resolver and the link facts handler read. */
    private static final String MESSAGES = "kontextMessages";

    private final TemplateEngine engine;
    private final Messages messages;
    private final Diagnostics diagnostics;

    Templates(TemplateFiles files, Messages messages, RenderCache cache, Diagnostics diagnostics) {
        this.messages = messages;
        this.diagnostics = diagnostics;
        // an engine keeps the templates it has parsed: kept by what they were parsed from
        this.engine = cache.engine(files.digest(), digest -> engine(files));
    }

    private static TemplateEngine engine(TemplateFiles files) {
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new InMemory(files));
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordExpressions());
        engine.setDialect(dialect);
        // the link facts of every page, collected as it is written (and th:utext markup parsed
        // into elements for it, so that links in Markdown are seen too)
        engine.addDialect(new org.thymeleaf.dialect.IPostProcessorDialect() {
            @Override
            public String getName() {
                return "kontext-facts";
            }

            @Override
            public int getDialectPostProcessorPrecedence() {
                return 1000;
            }

            @Override
            public Set<org.thymeleaf.postprocessor.IPostProcessor> getPostProcessors() {
                return Set.of(new PostProcessor(TemplateMode.HTML, PageFacts.Handler.class, 1000));
            }
        });
        engine.setMessageResolver(new IMessageResolver() {
            @Override
            public String getName() {
                return "kontext";
            }

            @Override
            public Integer getOrder() {
                return 0;
            }

            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
                Messages messages = (Messages) context.getVariable(MESSAGES);
                return messages.get((String) context.getVariable("lang"), key, params == null ? new Object[0] : params);
            }

            @Override
            public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                    Object[] params) {
                return "??" + key + "??";
            }
        });
        return engine;
    }

    /** The templates' texts by name, as the load stage read them. */
    private static final class InMemory extends AbstractConfigurableTemplateResolver {

        private final TemplateFiles files;

        InMemory(TemplateFiles files) {
            this.files = files;
            setTemplateMode(TemplateMode.HTML);
            setCacheable(true);
            setCheckExistence(true);
        }

        @Override
        protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                String template, String resourceName, String characterEncoding,
                Map<String, Object> templateResolutionAttributes) {
            Optional<SourceText> text = files.get(template);
            return text.<ITemplateResource>map(t -> new StringTemplateResource(t.text())).orElse(null);
        }
    }

    /** Renders a page; empty when it failed (reported at the template's position). */
    Optional<String> render(String name, Locale locale, Record view, PageFacts facts) {
        return render(name, null, locale, view, facts);
    }

    /** Renders one fragment of a template ({@code th:fragment}); empty when it failed. */
    Optional<String> renderFragment(String name, String fragment, Locale locale, Record view) {
        return render(name, Set.of(fragment), locale, view, null);
    }

    private Optional<String> render(String name, Set<String> fragments, Locale locale, Record view, PageFacts facts) {
        Context context = new Context(locale, RecordExpressions.variables(view));
        context.setVariable(MESSAGES, messages);
        if (facts != null) {
            context.setVariable(PageFacts.VARIABLE, facts);
        }
        try {
            return Optional.of(fragments == null ? engine.process(name, context) : engine.process(name, fragments, context));
        } catch (TemplateProcessingException e) {
            // Thymeleaf names the template as it was asked for ("explainer", "parts/head")
            String template = e.getTemplateName() != null ? e.getTemplateName() : name;
            Position at = new Position(TemplateFiles.file(template), Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                    Math.max(0, e.getCol() == null ? 0 : e.getCol()));
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            java.util.regex.Matcher expression = java.util.regex.Pattern.compile("expression: \"(.*?)\"")
                    .matcher(String.valueOf(e.getMessage()));
            if (expression.find()) {
                diagnostics.error(at, "template", "the template cannot evaluate '" + expression.group(1) + "'",
                        "check the names in it; a template gets: " + String.join(", ",
                                RecordExpressions.variables(view).keySet()));
            } else {
                diagnostics.error(at, "template", "template error: " + firstLine(e.getMessage())
                        + (cause != e ? " (" + firstLine(cause.getMessage()) + ")" : ""),
                        "check the expression on this line of the template");
            }
            return Optional.empty();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        String t = s.replaceAll("\\s*\\(template: .*$", "");
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
