/** The one place that knows the order of the stages: load, render, check, write. */
package io.kontext.pipeline;
