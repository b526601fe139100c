package io.kontext.load;

import java.util.Optional;

/**
 * What the load stage found: the inputs, when everything could be read and checked, and how much
 * the project holds in any case ({@code kontext status} counts against it).
 */
public record Loaded(Optional<Inputs> inputs, Inventory inventory) {
}
