package io.kontext.model;

import java.util.List;
import java.util.Map;

/**
 * The article in every language: the original's blocks and, aligned with them, each translation.
 *
 * @param originalLanguage the code of the seed's language
 * @param blocks per language code, blocks in article order, the same ids in every language
 * @param published when the article was published; timeline events after it are later developments
 */
public record Article(String originalLanguage, Map<String, List<Block>> blocks, java.time.LocalDate published,
        String seedFile) {
}
