package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The project's Thymeleaf templates ({@code templates/<name>.html}), set up once per build and
 * shared by every render; each render gets a fresh {@link Context}. UI strings ({@code #{key}})
 * come from {@link Messages} in the language of the page being rendered. A template error is
 * reported at the template's line and column.
 */
final class Templates {

    static {
        RecordAccessor.install();
    }

    /**
     * Engines by template folder and the state of its files: an engine keeps the templates it has
     * parsed, so the preview server's rebuilds reuse it until a template changes.
     */
    private static final Memo<String, TemplateEngine> ENGINES = new Memo<>(4);
    /** The context variable the message resolver reads the build's messages from. */
    private static final String MESSAGES = "kontextMessages";

    private final TemplateEngine engine;
    private final Messages messages;
    private final Project project;
    private final Path dir;
    private final Diagnostics diagnostics;

    Templates(Project project, Messages messages, Diagnostics diagnostics) {
        this.project = project;
        this.dir = project.templates();
        this.diagnostics = diagnostics;
        this.messages = messages;
        this.engine = ENGINES.get(dir.toAbsolutePath() + "\n" + state(dir), key -> engine(dir));
    }

    /** The paths and a digest of the contents of the template files: what an engine was made from. */
    private static String state(Path dir) {
        StringBuilder b = new StringBuilder();
        try (var walk = java.nio.file.Files.walk(dir)) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                b.append(dir.relativize(p)).append(' ').append(java.util.HexFormat.of()
                        .formatHex(digest.digest(java.nio.file.Files.readAllBytes(p)))).append('\n');
            }
        } catch (java.io.IOException | java.io.UncheckedIOException | java.security.NoSuchAlgorithmException e) {
            // unreadable: a fresh engine, which reports the problem when it reads the template
            b.append("unreadable ").append(System.nanoTime());
        }
        return b.toString();
    }

    private static TemplateEngine engine(Path dir) {
        TemplateEngine engine = new TemplateEngine();
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(dir.toString() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        engine.setTemplateResolver(resolver);
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

    /** Renders one fragment of a template ({@code th:fragment}); empty when it failed. */
    Optional<String> renderFragment(String name, String fragment, Locale locale, Map<String, Object> variables) {
        return render(name, java.util.Set.of(fragment), locale, variables);
    }

    /** Renders a template; empty when it failed (reported at the template's position). */
    Optional<String> render(String name, Locale locale, Map<String, Object> variables) {
        return render(name, null, locale, variables);
    }

    private Optional<String> render(String name, java.util.Set<String> fragments, Locale locale,
            Map<String, Object> variables) {
        if (!dir.resolve(name + ".html").toFile().isFile()) {
            diagnostics.error(Position.ofFile(project.relative(dir.resolve(name + ".html"))), "template-missing",
                    "template '" + name + "' not found", "create " + project.relative(dir.resolve(name + ".html"))
                            + "; Kontext's default templates are in its repository's templates/ folder");
            return Optional.empty();
        }
        Context context = new Context(locale, variables);
        context.setVariable(MESSAGES, messages);
        try {
            return Optional.of(fragments == null ? engine.process(name, context)
                    : engine.process(name, fragments, context));
        } catch (TemplateProcessingException e) {
            // Thymeleaf names the template as it was asked for ("explainer", "parts/head")
            String template = e.getTemplateName() != null ? e.getTemplateName() : name;
            Path path = Path.of(template).isAbsolute() ? Path.of(template)
                    : dir.resolve(template.endsWith(".html") ? template : template + ".html");
            String file = project.relative(path);
            Position at = new Position(file, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                    Math.max(0, e.getCol() == null ? 0 : e.getCol()));
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            java.util.regex.Matcher expression = java.util.regex.Pattern.compile("expression: \"(.*?)\"")
                    .matcher(String.valueOf(e.getMessage()));
            if (expression.find()) {
                diagnostics.error(at, "template", "the template cannot evaluate '" + expression.group(1) + "'",
                        "check the names in it; a template gets: " + String.join(", ", variables.keySet()));
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
