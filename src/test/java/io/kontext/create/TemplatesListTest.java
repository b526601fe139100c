package io.kontext.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code kontext/templates.list} names every file of templates/, and the build put each on the class path. */
class TemplatesListTest {

    @Test
    void theListNamesEveryFileOfTheTemplatesFolderAndNothingElse() throws Exception {
        Path templates = TestProject.REPO.resolve("templates");
        List<String> files;
        try (Stream<Path> walk = Files.walk(templates)) {
            files = walk.filter(Files::isRegularFile).map(p -> templates.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(DefaultTemplates.list()).as("src/main/resources/kontext/templates.list")
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void everyListedFileIsOnTheClassPathAsItIsInTheRepository() throws Exception {
        for (String path : DefaultTemplates.list()) {
            assertThat(DefaultTemplates.read(path)).as(path)
                    .isEqualTo(Files.readAllBytes(TestProject.REPO.resolve("templates").resolve(path)));
        }
    }
}
